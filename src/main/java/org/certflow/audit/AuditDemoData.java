package org.certflow.audit;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.certflow.project.Project;
import org.certflow.project.ProjectService;
import org.certflow.tasklist.TaskListService;
import org.certflow.tasklist.TaskOutcome;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Audits for the demo projects, on the first start after the demo projects exist: the AI platform had a
 * pre-assessment three weeks ago whose minor nonconformity was corrected and verified effective. The work is done as
 * its people through the services and the task list, with the engine clock set back. (The labs' full internal audit
 * is their audit and certification phase's own.)
 */
@Component
@Profile("demo")
@Order(3)
class AuditDemoData implements ApplicationRunner {

    static final String AI_PLATFORM = "Northwind AI platform certification";
    private static final String PROJECT_MANAGER = "pia";
    private static final String AUDITOR = "aude";

    private final ProjectService projects;
    private final AuditProgramme programme;
    private final AuditExecution execution;
    private final TaskService tasks;
    private final TaskListService taskList;
    private final TransactionTemplate transactions;

    AuditDemoData(ProjectService projects, AuditProgramme programme, AuditExecution execution, TaskService tasks,
                  TaskListService taskList, TransactionTemplate transactions) {
        this.projects = projects;
        this.programme = programme;
        this.execution = execution;
        this.tasks = tasks;
        this.taskList = taskList;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<Project> platform = project(AI_PLATFORM);
        if (platform.isEmpty() || !programme.audits(platform.get().id()).isEmpty()) {
            return;
        }
        try {
            transactions.executeWithoutResult(status -> preAssessment(platform.get(), LocalDate.now().minusDays(21)));
        } finally {
            ClockUtil.reset();
        }
    }

    /** Clause 7 and the access controls: all conforming but one minor nonconformity, corrected in three weeks. */
    private void preAssessment(Project project, LocalDate day) {
        at(day.minusDays(7));
        Audit audit = programme.plan(new AuditPlan(project.id(), "Pre-assessment: support and access control", day,
                AUDITOR, Set.of("7"), Set.of("ISO27001:5.15", "ISO27001:5.18", "ISO27001:8.2", "ISO27001:8.5")),
                PROJECT_MANAGER);
        at(day);
        String owner = execution.proposedOwner(audit, "ISO27001:5.18").orElseThrow();
        Finding finding = execution.recordFinding(audit.id(), new NewFinding("ISO27001:5.18",
                FindingGrade.MINOR_NONCONFORMITY, "Access rights of two leavers in the analytics cluster were "
                + "revoked 19 and 26 days after they left; the policy says within one working day.", owner,
                day.plusDays(30)), AUDITOR);
        execution.recordFinding(audit.id(), new NewFinding("clause:7.5.3",
                FindingGrade.OPPORTUNITY_FOR_IMPROVEMENT, "Policies are kept in two places (wiki and shared drive); "
                + "one controlled location would avoid outdated copies.", null, null), AUDITOR);
        for (AuditResult result : programme.get(audit.id()).results()) {
            if (!result.isRecorded()) {
                execution.recordResult(audit.id(), result.requirement(), Conformity.CONFORMING,
                        "Records sampled; interviews with the owners.", AUDITOR);
            }
        }
        complete(audit.processInstanceId(), "Task_CarryOutAudit", AUDITOR, Map.of("auditConclusion",
                "Support processes and access control conform, with one minor nonconformity in leaver handling."));
        String actions = finding.processInstanceId();
        at(day.plusDays(2));
        complete(actions, "Task_AnalyseRootCause", owner, Map.of("rootCause", "HR sends leaver notices by mail "
                + "to the team lead only; IT learns of a leaver when the lead remembers to forward it."));
        at(day.plusDays(4));
        complete(actions, "Task_PlanCorrectiveAction", owner, Map.of("actionPlan", "HR system triggers the "
                + "revocation ticket on the last working day; weekly leaver report checked by IT operations."));
        at(day.plusDays(10));
        complete(actions, "Task_ImplementCorrectiveAction", owner, Map.of("actionTaken", "Ticket automation live "
                + "since the 10th; weekly report in the IT operations checklist (evidence: change CHG-2291)."));
        at(day.plusDays(18));
        complete(actions, "Task_CheckEffectiveness", AUDITOR, Map.of("checkEffectivenessDecision", "approve",
                "checkEffectivenessReason", "Three leavers since: all access revoked on their last day."));
    }

    private void complete(String processInstanceId, String taskKey, String user, Map<String, Object> values) {
        String taskId = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey)
                .singleResult().getId();
        TaskOutcome outcome = taskList.complete(user, taskId, values);
        if (!outcome.isDone()) {
            throw new IllegalStateException(taskKey + " as " + user + ": " + outcome.message() + " "
                    + outcome.fieldErrors());
        }
    }

    private Optional<Project> project(String name) {
        return projects.visibleTo(PROJECT_MANAGER).stream().filter(p -> p.name().equals(name)).findFirst();
    }

    private static void at(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.of(10, 0)).atZone(ZoneId.systemDefault())
                .toInstant()));
    }
}
