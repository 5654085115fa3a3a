package org.certflow.certification;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.TaskService;
import org.certflow.project.Project;
import org.certflow.project.ProjectService;
import org.certflow.security.ProjectGroups;
import org.certflow.security.Role;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo's labs project is preparing its certification audit, not ready yet, on pia's desk. */
@SpringTest
class DemoCertificationAuditTest {

    @Autowired
    ProjectService projects;
    @Autowired
    CertificationAudits audits;
    @Autowired
    Readiness readiness;
    @Autowired
    DocumentedInformationRegister register;
    @Autowired
    TaskService tasks;

    @Test
    void the_labs_project_waits_for_pia_to_review_its_readiness_with_what_its_processes_documented() {
        Project labs = projects.visibleTo("pia").stream()
                .filter(p -> p.name().equals("Northwind Labs assistant AIMS")).findFirst().orElseThrow();

        assertThat(audits.inProgress(labs.id())).get().extracting(CertificationAudit::status)
                .isEqualTo(AuditStatus.PREPARING);
        assertThat(readiness.latest(labs.id()).orElseThrow().failed()).isNotEmpty();
        assertThat(register.entries(labs.id())).extracting(DocumentedInformation::clause)
                .contains("4.3", "5.2", "6.1.3", "7.2", "8.4");
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(labs.id().toString())
                .taskDefinitionKey("Task_ReviewReadiness")
                .taskCandidateGroup(ProjectGroups.groupId(labs.id(), Role.PROJECT_MANAGER)).count()).isEqualTo(1);
    }
}
