package org.certflow.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;

import org.certflow.project.Project;
import org.certflow.project.StandardsScope;
import org.certflow.risk.process.AiImpactVariables;
import org.certflow.test_support.SpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/** The AI systems of an ISO 42001 project: listing, changing, and what is refused (nothing saved, nothing started). */
@SpringTest
class AiSystemsTest extends RiskTestSupport {

    private static final AiSystemInput CHATBOT = new AiSystemInput("Support chatbot",
            "Answers customers' questions about their orders", AiSystemRole.PROVIDER);

    @Test
    void an_iso_27001_project_lists_no_ai_systems() {
        Project project = newProject(StandardsScope.ISO27001_ONLY);

        assertThat(refused(project, CHATBOT, PROJECT_MANAGER)).containsOnlyKeys(AiSystemInput.NAME)
                .containsValue("ISO 42001 is not in this project's scope.");
    }

    @Test
    void each_ai_system_is_listed_once_whatever_the_case_of_its_name() {
        Project project = newProject(StandardsScope.BOTH);
        aiSystems.add(project.id(), CHATBOT, AI_LEAD);

        assertThat(refused(project, new AiSystemInput(" support CHATBOT ", "Another purpose", AiSystemRole.USER),
                PROJECT_MANAGER)).containsOnlyKeys(AiSystemInput.NAME)
                .containsValue("The project lists an AI system of that name already.");
    }

    @Test
    void an_ai_system_has_a_name_a_purpose_and_a_role() {
        Project project = newProject(StandardsScope.BOTH);

        assertThat(refused(project, new AiSystemInput(" ", "", null), AI_LEAD)).containsExactlyInAnyOrderEntriesOf(
                Map.of(AiSystemInput.NAME, "Name the AI system as people in the organisation know it.",
                        AiSystemInput.PURPOSE, "Say what the system is for and whom it serves.",
                        AiSystemInput.ROLE, "Choose the organisation's role for the system."));
    }

    @Test
    void only_the_ai_governance_leads_and_project_managers_keep_the_inventory() {
        Project project = newProject(StandardsScope.BOTH);

        assertThatThrownBy(() -> aiSystems.add(project.id(), CHATBOT, RISK_OWNER))
                .isInstanceOf(AccessDeniedException.class);
        AiSystem listed = aiSystems.add(project.id(), CHATBOT, AI_LEAD);
        assertThatThrownBy(() -> aiSystems.change(listed.id(), listed.version(), CHATBOT, EXECUTIVE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> aiSystems.retire(listed.id(), RISK_OWNER)).isInstanceOf(AccessDeniedException.class);
        assertThat(aiSystems.of(project.id())).singleElement().extracting(AiSystem::isRetired).isEqualTo(false);
    }

    @Test
    void a_change_sets_purpose_and_role_but_keeps_the_name_risks_use() {
        Project project = newProject(StandardsScope.BOTH);
        AiSystem listed = aiSystems.add(project.id(), CHATBOT, AI_LEAD);

        AiSystem changed = aiSystems.change(listed.id(), listed.version(), new AiSystemInput("Renamed bot",
                "Answers questions and takes returns", AiSystemRole.DEVELOPER), PROJECT_MANAGER);

        assertThat(changed).extracting(AiSystem::name, AiSystem::purpose, AiSystem::role)
                .containsExactly("Support chatbot", "Answers questions and takes returns", AiSystemRole.DEVELOPER);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(AiImpactVariables.PROCESS)
                .variableValueEquals(AiImpactVariables.AI_SYSTEM_ID, listed.id()).count())
                .as("still one assessment process").isEqualTo(1);
    }

    @Test
    void a_change_without_a_purpose_or_over_someone_elses_is_refused() {
        Project project = newProject(StandardsScope.BOTH);
        AiSystem listed = aiSystems.add(project.id(), CHATBOT, AI_LEAD);

        InvalidRiskException refused = catchThrowableOfType(InvalidRiskException.class, () -> aiSystems.change(
                listed.id(), listed.version(), new AiSystemInput(null, " ", AiSystemRole.USER), AI_LEAD));
        assertThat(refused.fieldErrors()).containsOnlyKeys(AiSystemInput.PURPOSE);
        AiSystem changed = aiSystems.change(listed.id(), listed.version(), new AiSystemInput(null, "New purpose",
                AiSystemRole.USER), AI_LEAD);
        assertThatThrownBy(() -> aiSystems.change(listed.id(), listed.version(), CHATBOT, PROJECT_MANAGER))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(aiSystems.get(listed.id())).extracting(AiSystem::purpose, AiSystem::version)
                .containsExactly("New purpose", changed.version());
    }

    /** The field errors of a refused listing, after checking that nothing was listed and no assessment started. */
    private Map<String, String> refused(Project project, AiSystemInput input, String user) {
        int before = aiSystems.of(project.id()).size();
        long assessments = runtime.createProcessInstanceQuery().processDefinitionKey(AiImpactVariables.PROCESS)
                .processInstanceBusinessKey(String.valueOf(project.id())).count();
        InvalidRiskException refused = catchThrowableOfType(InvalidRiskException.class,
                () -> aiSystems.add(project.id(), input, user));
        assertThat(refused).as("refused").isNotNull();
        assertThat(aiSystems.of(project.id())).hasSize(before);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(AiImpactVariables.PROCESS)
                .processInstanceBusinessKey(String.valueOf(project.id())).count()).isEqualTo(assessments);
        return refused.fieldErrors();
    }
}
