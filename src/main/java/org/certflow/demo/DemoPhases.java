package org.certflow.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.certflow.catalog.Standard;
import org.certflow.project.Project;
import org.certflow.project.SoaLine;
import org.certflow.project.StatementOfApplicability;
import org.certflow.security.Role;
import org.springframework.stereotype.Component;

/**
 * Works a demo project through its phases the way its people would, day by day: the engine clock is set to each
 * working day, so tasks, history and the plan's actual dates read as if the work had been done over weeks.
 */
@Component
class DemoPhases {

    private final ProjectWorker worker;
    private final StatementOfApplicability soa;

    DemoPhases(ProjectWorker worker, StatementOfApplicability soa) {
        this.worker = worker;
        this.soa = soa;
    }

    /** Gap analysis from scope to the approved gate; every control applicable but those given with a reason. */
    void gapAnalysis(Project project, LocalDate from, Map<String, String> notApplicable) {
        long id = project.id();
        at(from.plusDays(2));
        worker.complete(id, "Task_DescribeScopeAndContext");
        at(from.plusDays(5));
        worker.complete(id, "Task_InventoryInformationAssets");
        if (project.includes(Standard.ISO42001)) {
            worker.complete(id, "Task_InventoryAiSystems");
        }
        at(from.plusDays(8));
        worker.complete(id, "Task_MapDocumentation");
        at(from.plusDays(10));
        decideApplicability(project, notApplicable);
        worker.complete(id, "Task_AssessApplicability");
        at(from.plusDays(12));
        worker.complete(id, "Task_EstimateEffort");
        at(from.plusDays(14));
        worker.approve(id, "Task_ApproveGapAnalysis");
    }

    /** Owners take turns, in catalogue order; the justifications are the ones an auditor would read. */
    private void decideApplicability(Project project, Map<String, String> notApplicable) {
        List<String> owners = project.holders(Role.CONTROL_OWNER);
        List<SoaLine> lines = soa.lines(project.id());
        for (int i = 0; i < lines.size(); i++) {
            SoaLine line = lines.get(i);
            String reason = notApplicable.get(line.controlKey());
            soa.decide(line.id(), reason == null, reason != null ? reason : justification(line),
                    owners.get(i % owners.size()));
        }
    }

    private static String justification(SoaLine line) {
        return line.standard() == Standard.ISO42001
                ? "Required to treat the risks of our AI systems (AI risk assessment, impact assessments)."
                : "Required to treat risks in the risk register and by customer contracts.";
    }

    /** The policies (the first security policy rejected when {@code rejectSecurityPolicy}) up to the gate. */
    void policyAndFramework(Project project, LocalDate from, boolean rejectSecurityPolicy) {
        long id = project.id();
        at(from.plusDays(3));
        draftPolicies(project);
        at(from.plusDays(5));
        if (project.includes(Standard.ISO27001)) {
            if (rejectSecurityPolicy) {
                worker.decide(id, "Task_ApproveSecurityPolicy", "reject",
                        "Add an objective for supplier security and say who may grant exceptions to the policy.");
                at(from.plusDays(7));
                worker.complete(id, "Task_DraftSecurityPolicy", Map.of("securityPolicyVersion", "1.1",
                        "securityPolicyChanges", "Supplier objective added; exceptions granted by the CISO only."));
                at(from.plusDays(8));
            }
            worker.approve(id, "Task_ApproveSecurityPolicy");
        }
        if (project.includes(Standard.ISO42001)) {
            worker.approve(id, "Task_ApproveAiPolicy");
        }
        at(from.plusDays(10));
        worker.complete(id, "Task_DefineRiskAssessmentMethod");
        if (project.includes(Standard.ISO42001)) {
            worker.complete(id, "Task_DefineAiImpactAssessmentMethod");
        }
        at(from.plusDays(12));
        worker.complete(id, "Task_DefineRolesAndResponsibilities");
        at(from.plusDays(14));
        worker.approve(id, "Task_ApprovePolicyAndFramework");
    }

    /** The drafts, which then wait for the executive's approval. */
    void draftPolicies(Project project) {
        if (project.includes(Standard.ISO27001)) {
            worker.complete(project.id(), "Task_DraftSecurityPolicy");
        }
        if (project.includes(Standard.ISO42001)) {
            worker.complete(project.id(), "Task_DraftAiPolicy");
        }
    }

    /** Implements the first {@code count} controls, one a day from {@code from}. */
    void implementControls(long id, LocalDate from, int count) {
        List<Task> implementations = worker.open(id, "Task_ImplementControl").subList(0, count);
        for (int i = 0; i < implementations.size(); i++) {
            at(from.plusDays(i / 4));
            worker.complete(id, implementations.get(i), Map.of());
        }
    }

    /** Accepts the first {@code count} implementations waiting for review, but sends back the one at {@code sendBack}. */
    void reviewImplementations(long id, int count, int sendBack) {
        List<Task> reviews = worker.open(id, "Task_ReviewControlImplementation").subList(0, count);
        for (int i = 0; i < reviews.size(); i++) {
            worker.complete(id, reviews.get(i), i == sendBack
                    ? Map.of("reviewControlImplementationDecision", "sendBack", "reviewControlImplementationReason",
                            "The evidence link points to a draft; link the approved version and the training records.")
                    : Map.of("reviewControlImplementationDecision", "approve"));
        }
    }

    /** The whole control implementation phase, every control accepted, up to the approved gate. */
    void controlImplementation(Project project, LocalDate from) {
        long id = project.id();
        int controls = worker.open(id, "Task_ImplementControl").size();
        implementControls(id, from.plusDays(1), controls);
        at(from.plusDays(1 + controls / 4));
        reviewImplementations(id, controls, -1);
        worker.complete(id, "Task_AssessRisks");
        if (project.includes(Standard.ISO42001)) {
            worker.complete(id, "Task_AssessAiImpact");
        }
        at(from.plusDays(3 + controls / 4));
        worker.complete(id, "Task_FinalizeStatementOfApplicability");
        worker.approve(id, "Task_ApproveControlImplementation");
    }

    static void at(LocalDate day) {
        ClockUtil.setCurrentTime(instant(day, LocalTime.of(10, 0)));
    }

    static Date instant(LocalDate day, LocalTime time) {
        return Date.from(day.atTime(time).atZone(ZoneId.systemDefault()).toInstant());
    }
}
