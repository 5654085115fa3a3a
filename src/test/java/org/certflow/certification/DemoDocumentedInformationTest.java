package org.certflow.certification;

import static org.assertj.core.api.Assertions.assertThat;

import org.certflow.project.Project;
import org.certflow.project.ProjectService;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo's labs project has its training records in the register; its phase has not reached Stage 1 yet. */
@SpringTest
class DemoDocumentedInformationTest {

    @Autowired
    ProjectService projects;
    @Autowired
    CertificationAudits audits;
    @Autowired
    AuditPreparation preparation;
    @Autowired
    DocumentedInformationRegister register;

    @Test
    void the_labs_register_holds_the_training_records_and_the_phase_will_prepare_the_certification_audit() {
        Project labs = projects.findByName("Northwind Labs assistant AIMS").orElseThrow();

        assertThat(register.entries(labs.id())).filteredOn(e -> e.clause().equals("7.2")).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.title()).isEqualTo("Training records of the assistant team");
                    assertThat(entry.approvedBy()).isEqualTo("eva");
                });
        assertThat(audits.latest(labs.id())).isEmpty();
        assertThat(preparation.isRunning(labs)).isTrue();
        assertThat(preparation.mayPrepare(labs.id(), "pia")).isFalse();
    }
}
