package org.certflow.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certflow.risk.process.RiskReviewVariables.RISK_ID;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.certflow.catalog.Standard;
import org.certflow.project.NewProject;
import org.certflow.project.Project;
import org.certflow.project.ProjectService;
import org.certflow.project.SoaLine;
import org.certflow.project.StandardsScope;
import org.certflow.project.StartingPoint;
import org.certflow.project.StatementOfApplicability;
import org.certflow.security.ProjectGroups;
import org.certflow.security.Role;
import org.certflow.shared.EngineClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the risk tests share: a real project created through {@link ProjectService} with the demo people (two risk
 * owners, rita and sam), risks added through the register, and tasks completed as a signed-in person.
 */
public abstract class RiskTestSupport {

    public static final String PROJECT_MANAGER = "pia";
    public static final String RISK_OWNER = "rita";
    public static final String OTHER_RISK_OWNER = "sam";
    public static final String EXECUTIVE = "eva";
    public static final String AI_LEAD = "aiden";
    public static final String ACCESS_CONTROL = "ISO27001:5.15";
    public static final String LOGGING = "ISO27001:8.15";
    public static final String RESPONSIBLE_USE = "ISO42001:A.9.3";
    private static final AtomicInteger PROJECTS = new AtomicInteger();

    @Autowired
    protected ProcessEngine engine;
    @Autowired
    protected RuntimeService runtime;
    @Autowired
    protected TaskService tasks;
    @Autowired
    protected IdentityService identity;
    @Autowired
    protected ManagementService management;
    @Autowired
    protected ProjectService projects;
    @Autowired
    protected StatementOfApplicability soa;
    @Autowired
    protected RiskRegister register;
    @Autowired
    protected RiskReviews reviews;
    @Autowired
    protected ProjectRiskSettings settings;
    @Autowired
    protected AiSystems aiSystems;

    @BeforeEach
    void initAssertions() {
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void signOutAndResetClock() {
        identity.clearAuthentication();
        ClockUtil.reset();
    }

    /** A new project with the demo people; {@link #ACCESS_CONTROL} and {@link #LOGGING} are applicable. */
    protected Project newProject(StandardsScope standards) {
        Map<Role, Set<String>> people = new EnumMap<>(Role.class);
        people.put(Role.PROJECT_MANAGER, Set.of(PROJECT_MANAGER));
        people.put(Role.CONTROL_OWNER, Set.of("colin"));
        people.put(Role.RISK_OWNER, Set.of(RISK_OWNER, OTHER_RISK_OWNER));
        people.put(Role.INCIDENT_MANAGER, Set.of("ivan"));
        people.put(Role.INTERNAL_AUDITOR, Set.of("aude"));
        people.put(Role.EXECUTIVE, Set.of(EXECUTIVE));
        if (standards.includes(Standard.ISO42001)) {
            people.put(Role.AI_GOVERNANCE_LEAD, Set.of(AI_LEAD));
        }
        Project project = projects.create(new NewProject(getClass().getSimpleName() + " " + PROJECTS.incrementAndGet()
                + " " + System.nanoTime(), "Acme Ltd", standards, StartingPoint.NONE, "The Acme web shop", EngineClock
                .today(), null, people), PROJECT_MANAGER);
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
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId)
                .filter(ProjectGroups::isProjectGroup).toList();
        identity.setAuthentication(user, groups);
        try {
            tasks.complete(task.getId(), variables(keysAndValues));
        } finally {
            identity.clearAuthentication();
        }
    }

    protected static Map<String, Object> variables(Object... keysAndValues) {
        Map<String, Object> variables = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            variables.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return variables;
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

    /** Moves the engine's clock (and CertFlow's) forward. */
    protected static void later(Duration duration) {
        ClockUtil.setCurrentTime(Date.from(EngineClock.now().plus(duration)));
    }

    /** Stops the engine's clock at the current second, so that due dates computed from it can be compared exactly. */
    protected static Instant freezeClock() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ClockUtil.setCurrentTime(Date.from(now));
        return now;
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

    protected static String groupOf(Project project, Role role) {
        return ProjectGroups.groupId(project.id(), role);
    }
}
