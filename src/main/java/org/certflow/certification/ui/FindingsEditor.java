package org.certflow.certification.ui;

import java.util.List;
import java.util.Map;

import org.certflow.certification.AuditFindings;
import org.certflow.certification.AuditStage;
import org.certflow.certification.CertificationFinding;
import org.certflow.certification.FindingGrade;
import org.certflow.certification.InvalidCertificationInputException;
import org.certflow.certification.NewFinding;
import org.certflow.project.Project;
import org.certflow.project.ProjectMember;
import org.certflow.security.People;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The findings of one stage's report, on that stage's task: its project manager adds each, graded, with who
 * corrects it (removable until raised as a corrective action); the form beside records the report itself.
 */
class FindingsEditor extends Div {

    private final long auditId;
    private final AuditStage stage;
    private final AuditFindings findings;
    private final String username;
    private final FindingsGrid grid;
    private final Select<FindingGrade> grade = new Select<>();
    private final TextField requirement = new TextField("Clause or control");
    private final TextArea description = new TextArea("Finding, as the report states it");
    private final ComboBox<String> owner = new ComboBox<>("Corrected by");
    private final Map<String, HasValidation> fields = Map.of(AuditFindings.GRADE, grade, AuditFindings.REQUIREMENT,
            requirement, AuditFindings.DESCRIPTION, description, AuditFindings.OWNER, owner);

    FindingsEditor(long auditId, AuditStage stage, Project project, AuditFindings findings, People people,
                   String username) {
        this.auditId = auditId;
        this.stage = stage;
        this.findings = findings;
        this.username = username;
        addClassName("findings-editor");
        grid = new FindingsGrid(people::displayName).ofOneStage();
        boolean editable = findings.mayRecord(auditId, stage, username);
        add(new H3(stage.label() + " findings"));
        if (editable) {
            grid.removable(this::remove);
            add(new Paragraph(stage == AuditStage.STAGE_1
                    ? "One line per finding of the certification body's report; each becomes a corrective action for "
                    + "the person named when you complete the task."
                    : "One line per finding of the certification body's report; each nonconformity becomes a "
                    + "corrective action for the person named, observations and opportunities are noted."),
                    form(project, people));
        }
        add(grid);
        reload();
    }

    private FormLayout form(Project project, People people) {
        grade.setLabel("Grade");
        grade.setItems(FindingGrade.values());
        grade.setItemLabelGenerator(FindingGrade::label);
        requirement.setHelperText("e.g. 6.1.3 or A.5.15");
        description.setMinHeight("5em");
        owner.setItems(project.members().stream().map(ProjectMember::username).distinct().sorted().toList());
        owner.setItemLabelGenerator(people::displayName);
        fields.values().forEach(f -> f.setManualValidation(true));
        Button add = new Button("Add finding", e -> add());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(grade, requirement, owner, description, add);
        form.setColspan(description, 3);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        return form;
    }

    private void add() {
        fields.values().forEach(f -> f.setInvalid(false));
        try {
            findings.record(auditId, stage, new NewFinding(grade.getValue(), requirement.getValue(),
                    description.getValue(), owner.getValue()), username);
            grade.clear();
            requirement.clear();
            description.clear();
            reload();
        } catch (InvalidCertificationInputException refused) {
            HasValidation field = fields.getOrDefault(refused.field(), description);
            field.setErrorMessage(refused.getMessage());
            field.setInvalid(true);
        }
    }

    private void remove(CertificationFinding finding) {
        findings.remove(finding.id(), username);
        reload();
    }

    private void reload() {
        List<CertificationFinding> ofStage = findings.of(auditId).stream().filter(f -> f.stage() == stage).toList();
        grid.show(ofStage);
    }
}
