package org.certflow.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.certflow.catalog.Standard;
import org.certflow.project.Project;
import org.certflow.project.StandardsScope;
import org.certflow.shared.EngineClock;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** The project manager keeps the register; refused input names its field and saves nothing. */
@SpringTest
class DocumentedInformationRegisterTest extends CertificationTestSupport {

    private Project project;

    @BeforeEach
    void createProject() {
        project = newProject(StandardsScope.ISO27001_ONLY);
    }

    @Test
    void an_entry_is_saved_trimmed_with_who_entered_it() {
        DocumentedInformation saved = register.add(project.id(), details(" 7.2 ", " Training records ", " HR-7 ",
                "Eva Eriksen", EngineClock.today()), PROJECT_MANAGER);

        assertThat(register.entries(project.id())).singleElement().satisfies(entry -> {
            assertThat(entry.id()).isEqualTo(saved.id());
            assertThat(entry.clause()).isEqualTo("7.2");
            assertThat(entry.title()).isEqualTo("Training records");
            assertThat(entry.reference()).isEqualTo("HR-7");
            assertThat(entry.editedBy()).isEqualTo(PROJECT_MANAGER);
            assertThat(entry.source()).isNull();
        });
    }

    @Test
    void an_entry_without_a_reference_is_refused_at_its_field_and_not_saved() {
        assertRefused(details("7.2", "Training records", " ", null, null), DocumentedInformationRegister.REFERENCE,
                "Say where the auditor finds it: a link, a file path or a document number.");
    }

    @Test
    void a_clause_that_is_not_a_clause_number_is_refused() {
        assertRefused(details("Support", "Training records", "HR-7", null, null), DocumentedInformationRegister.CLAUSE,
                "Give the clause as a number, e.g. 5.2 or 6.1.3 (or an Annex A control, e.g. A.5.1).");
    }

    @Test
    void an_approval_needs_both_who_and_when_and_cannot_lie_in_the_future() {
        assertRefused(details("7.2", "Training records", "HR-7", "Eva Eriksen", null),
                DocumentedInformationRegister.APPROVED_ON, "Say when it was approved.");
        assertRefused(details("7.2", "Training records", "HR-7", null, EngineClock.today()),
                DocumentedInformationRegister.APPROVED_BY, "Say who approved it on that day.");
        assertRefused(details("7.2", "Training records", "HR-7", "Eva Eriksen", EngineClock.today().plusDays(1)),
                DocumentedInformationRegister.APPROVED_ON, "An approval cannot lie in the future.");
    }

    @Test
    void a_standard_the_project_does_not_certify_against_is_refused() {
        assertRefused(new DocumentDetails(Standard.ISO42001, "5.2", "AI policy", "AI-1", null, null, null),
                DocumentedInformationRegister.STANDARD, "The project does not certify against ISO 42001.");
    }

    @Test
    void only_the_project_manager_keeps_the_register() {
        assertThatThrownBy(() -> register.add(project.id(), details("7.2", "Training records", "HR-7", null, null),
                CONTROL_OWNER)).isInstanceOf(AccessDeniedException.class);
        assertThat(register.entries(project.id())).isEmpty();
    }

    @Test
    void an_edit_of_an_entry_someone_changed_meanwhile_is_refused() {
        DocumentedInformation entry = register.add(project.id(), details("7.2", "Training records", "HR-7", null,
                null), PROJECT_MANAGER);
        register.edit(entry.id(), entry.version(), details("7.2", "Training records", "HR-8", null, null),
                PROJECT_MANAGER);

        assertThatThrownBy(() -> register.edit(entry.id(), entry.version(), details("7.2", "Training records",
                "HR-9", null, null), PROJECT_MANAGER)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(register.entries(project.id())).singleElement().extracting(DocumentedInformation::reference)
                .isEqualTo("HR-8");
    }

    @Test
    void a_removed_entry_is_gone() {
        DocumentedInformation entry = register.add(project.id(), details("7.2", "Training records", "HR-7", null,
                null), PROJECT_MANAGER);

        register.remove(entry.id(), PROJECT_MANAGER);

        assertThat(register.entries(project.id())).isEmpty();
    }

    private void assertRefused(DocumentDetails details, String field, String message) {
        assertThatThrownBy(() -> register.add(project.id(), details, PROJECT_MANAGER))
                .isInstanceOfSatisfying(InvalidCertificationInputException.class, refused -> {
                    assertThat(refused.field()).isEqualTo(field);
                    assertThat(refused.getMessage()).isEqualTo(message);
                });
        assertThat(register.entries(project.id())).isEmpty();
    }

    private static DocumentDetails details(String clause, String title, String reference, String approvedBy,
                                           LocalDate approvedOn) {
        return new DocumentDetails(null, clause, title, reference, null, approvedBy, approvedOn);
    }
}
