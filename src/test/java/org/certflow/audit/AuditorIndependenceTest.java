package org.certflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;

import org.certflow.project.Project;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Test;

/** The rule "an auditor does not audit their own work", as the programme applies it when an audit is planned. */
@SpringTest
class AuditorIndependenceTest extends AuditTestSupport {

    @Test
    void an_auditor_who_owns_an_audited_control_is_refused_at_the_auditor_field() {
        Project project = newProject();

        assertThatThrownBy(() -> plan(project, TESS, Set.of("4"), Set.of("ISO42001:A.2.2", "ISO42001:A.7.4")))
                .isInstanceOfSatisfying(InvalidAuditInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnly(Map.entry("auditor", "Tess Tester would audit their own work: ISO 42001 A.7.4 "
                                + "(controls they own in the SoA). Choose another auditor, or take these out of the "
                                + "scope.")));
        assertThat(programme.audits(project.id())).isEmpty();
    }

    @Test
    void an_auditor_holding_a_role_whose_work_is_audited_is_refused() {
        Project project = newProject();

        assertThatThrownBy(() -> plan(project, TESS, Set.of("6", "8"), none()))
                .isInstanceOfSatisfying(InvalidAuditInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("auditor", "Tess Tester would audit their own work: Clause 6.1.2, "
                                + "Clause 6.1.3, Clause 8.2, Clause 8.3 (work of their role Risk owner). Choose "
                                + "another auditor, or take these out of the scope."));
    }

    @Test
    void an_auditor_may_audit_what_is_not_their_work() {
        Project project = newProject();

        Audit audit = plan(project, TESS, Set.of("4", "9"), Set.of("ISO42001:A.2.2", "ISO42001:A.6.2.4"));

        assertThat(audit.auditor()).isEqualTo(TESS);
    }

    @Test
    void an_auditor_with_no_other_role_may_audit_the_whole_system() {
        Project project = newProject();
        Set<String> allClauses = Set.of("4", "5", "6", "7", "8", "9", "10");
        Set<String> allControls = Set.of("ISO42001:A.2.2", "ISO42001:A.6.2.4", "ISO42001:A.7.4");

        Audit audit = plan(project, AUDITOR, allClauses, allControls);

        assertThat(audit.results()).hasSize(32 + 3);
    }

    @Test
    void a_nonconformity_is_proposed_to_whoever_does_the_work() {
        Project project = newProject();
        Audit audit = plan(project, AUDITOR, Set.of("6", "9"), Set.of("ISO42001:A.6.2.4"));

        assertThat(execution.proposedOwner(audit, "ISO42001:A.6.2.4")).contains(OTHER_CONTROL_OWNER);
        assertThat(execution.proposedOwner(audit, "clause:6.1.2")).contains(RISK_OWNER);
        assertThat(execution.proposedOwner(audit, "clause:9.2.2")).contains(PROJECT_MANAGER);
    }
}
