package org.certflow.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certflow.risk.process.RiskReviewVariables.RISK_ID;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.certflow.project.Project;
import org.certflow.project.SoaLine;
import org.certflow.project.StandardsScope;
import org.certflow.security.Role;
import org.certflow.shared.EngineClock;
import org.certflow.test_support.ProjectTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the risk tests share: a real project with the demo people (two risk owners, rita and sam), risks added
 * through the register, and tasks completed as a signed-in person.
 */
public abstract class RiskTestSupport extends ProjectTestSupport {

    public static final String OTHER_RISK_OWNER = "sam";
    public static final String ACCESS_CONTROL = "ISO27001:5.15";
    public static final String LOGGING = "ISO27001:8.15";
    public static final String RESPONSIBLE_USE = "ISO42001:A.9.3";

    @Autowired
    protected RiskRegister register;
    @Autowired
    protected RiskReviews reviews;
    @Autowired
    protected ProjectRiskSettings settings;
    @Autowired
    protected AiSystems aiSystems;

    /** A new project with the demo people; {@link #ACCESS_CONTROL} and {@link #LOGGING} are applicable. */
    protected Project newProject(StandardsScope standards) {
        Project project = create(aProject().standards(standards).people(Role.CONTROL_OWNER, "colin")
                .people(Role.RISK_OWNER, RISK_OWNER, OTHER_RISK_OWNER));
        for (SoaLine line : soa.lines(project.id())) {
            if (List.of(ACCESS_CONTROL, LOGGING, RESPONSIBLE_USE).contains(line.controlKey())) {
                soa.decide(line.id(), true, "Treats risks of the register", "colin");
            }
        }
        return project;
    }

    /** A mitigated risk treated by access control, to be reviewed within a month. */
    protected static RiskInput risk(String title, String asset, int likelihood, int impact, int residualLikelihood,
                                    int residualImpact, String owner) {
        return new RiskInput(title, asset, RiskThreat.CONFIDENTIALITY, likelihood, impact, residualLikelihood,
                residualImpact, owner, RiskTreatment.MITIGATE, "Role-based access, reviewed quarterly",
                Set.of(ACCESS_CONTROL), EngineClock.today().plusMonths(1));
    }

    protected Risk add(Project project, RiskInput input) {
        return register.add(project.id(), input, PROJECT_MANAGER);
    }

    /** The open task with this BPMN id about this risk. */
    protected Task taskFor(String taskDefinitionKey, Risk risk) {
        return tasks.createTaskQuery().processInstanceBusinessKey(String.valueOf(risk.projectId()))
                .taskDefinitionKey(taskDefinitionKey).list().stream()
                .filter(t -> Long.valueOf(risk.id()).equals(tasks.getVariable(t.getId(), RISK_ID))).findFirst()
                .orElse(null);
    }

    /** Completes the task as this person, signed in with their project groups, as the task list does. */
    protected void completeAs(String user, Task task, Object... keysAndValues) {
        completeSignedIn(user, task, values(keysAndValues));
    }

    /** The risk tests' name for {@link #values}: they complete tasks with process variables. */
    protected static Map<String, Object> variables(Object... keysAndValues) {
        return values(keysAndValues);
    }

    /** The owner's review answers, as the review form stores them (numbers as Long). */
    protected static Object[] review(long likelihood, long impact, long residualLikelihood, long residualImpact) {
        return new Object[] {"likelihood", likelihood, "impact", impact, "residualLikelihood", residualLikelihood,
                "residualImpact", residualImpact, "treatment", "mitigate", "treatmentPlan",
                "MFA for all administrators by March", "reviewNotes", null};
    }

    /** The project's one timer job of this process (the schedule's, or an AI system's re-assessment). */
    protected Job timerOf(String processKey, long projectId) {
        return management.createJobQuery().timers().processDefinitionKey(processKey).list().stream()
                .filter(job -> String.valueOf(projectId).equals(runtime.createProcessInstanceQuery()
                        .processInstanceId(job.getProcessInstanceId()).singleResult().getBusinessKey()))
                .findFirst().orElseThrow();
    }

    /**
     * Proves the timer by the clock: it is due exactly {@code due}, not a second before (the engine would not run
     * it), and runs once the clock reaches it; then it is fired.
     */
    protected void fireAt(Job timer, Instant due) {
        assertThat(timer.getDuedate().toInstant()).as("due date").isEqualTo(due);
        assertThat(executableTimers(timer)).as("nothing due now").isZero();
        ClockUtil.setCurrentTime(Date.from(due.minusSeconds(1)));
        assertThat(executableTimers(timer)).as("not due a second before").isZero();
        ClockUtil.setCurrentTime(Date.from(due));
        assertThat(executableTimers(timer)).as("due then").isEqualTo(1);
        management.executeJob(timer.getId());
    }

    private long executableTimers(Job timer) {
        return management.createJobQuery().timers().processInstanceId(timer.getProcessInstanceId()).executable()
                .count();
    }
}
