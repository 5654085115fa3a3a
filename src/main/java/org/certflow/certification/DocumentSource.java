package org.certflow.certification;

import static org.certflow.catalog.Standard.ISO27001;
import static org.certflow.catalog.Standard.ISO42001;

import java.util.List;

import org.certflow.catalog.Standard;

/**
 * Where the certification processes already recorded a piece of documented information: the process variable a
 * task's form filled in ({@code securityPolicyReference} in "Draft information security policy"), the variable
 * holding its version, and the task that approved it (a decision, or a phase gate). Without an approving task,
 * whoever completed the producing task is taken as its approver (e.g. the auditor for the audit report).
 */
record DocumentSource(String variable, String versionVariable, String producedIn, String approvedIn,
                      Standard standard, String clause, String title, String referenceFormat) {

    static final List<DocumentSource> ALL = List.of(
            new DocumentSource("scopeStatement", null, "Task_DescribeScopeAndContext", "Task_ApproveGapAnalysis",
                    null, "4.3", "Scope statement", "Scope statement in the gap analysis (Describe scope and context)"),
            new DocumentSource("gapReportReference", null, "Task_EstimateEffort", "Task_ApproveGapAnalysis",
                    null, "4.4", "Gap analysis report", "%s"),
            new DocumentSource("securityPolicyReference", "securityPolicyVersion", "Task_DraftSecurityPolicy",
                    "Task_ApproveSecurityPolicy", ISO27001, "5.2", "Information security policy", "%s"),
            new DocumentSource("securityPolicyReference", "securityPolicyVersion", "Task_DraftSecurityPolicy",
                    "Task_ApproveSecurityPolicy", ISO27001, "6.2", "Information security objectives",
                    "%s (objectives section)"),
            new DocumentSource("aiPolicyReference", "aiPolicyVersion", "Task_DraftAiPolicy", "Task_ApproveAiPolicy",
                    ISO42001, "5.2", "AI policy", "%s"),
            new DocumentSource("aiPolicyReference", "aiPolicyVersion", "Task_DraftAiPolicy", "Task_ApproveAiPolicy",
                    ISO42001, "6.2", "AI objectives", "%s (objectives section)"),
            new DocumentSource("rolesDocumentReference", null, "Task_DefineRolesAndResponsibilities",
                    "Task_ApprovePolicyAndFramework", null, "5.3", "Roles, responsibilities and authorities", "%s"),
            new DocumentSource("riskMethodReference", null, "Task_DefineRiskAssessmentMethod",
                    "Task_ApprovePolicyAndFramework", null, "6.1.2", "Risk assessment method", "%s"),
            new DocumentSource("aiImpactMethodReference", null, "Task_DefineAiImpactAssessmentMethod",
                    "Task_ApprovePolicyAndFramework", ISO42001, "6.1.4", "AI system impact assessment method", "%s"),
            new DocumentSource("soaReference", "soaVersion", "Task_FinalizeStatementOfApplicability",
                    "Task_ApproveControlImplementation", null, "6.1.3", "Statement of Applicability", "%s"),
            new DocumentSource("riskRegisterReference", null, "Task_AssessRisks",
                    "Task_ApproveControlImplementation", null, "8.2", "Risk register with the assessment results",
                    "%s"),
            new DocumentSource("treatmentPlanReference", null, "Task_AssessRisks",
                    "Task_ApproveControlImplementation", null, "8.3", "Risk treatment plan and its status", "%s"),
            new DocumentSource("aiImpactAssessmentReference", null, "Task_AssessAiImpact",
                    "Task_ApproveControlImplementation", ISO42001, "8.4", "AI system impact assessments", "%s"),
            new DocumentSource("auditConclusion", null, "Task_CarryOutAudit", null,
                    null, "9.2", "Internal audit results", "Audit programme and results in CertFlow; conclusion: %s"),
            new DocumentSource("managementReviewDate", null, "Task_PrepareManagementReview",
                    "Task_DecideManagementReview", null, "9.3", "Management review minutes",
                    "Management review of %s: inputs and decisions recorded in CertFlow"),
            new DocumentSource("actionTaken", null, "Task_ImplementCorrectiveAction",
                    "Task_CheckEffectiveness", null, "10.2", "Corrective actions for nonconformities",
                    "Findings and corrective actions in CertFlow; the last: %s"));

    /** The register remembers an entry's source by this key: one variable may serve several clauses. */
    String key() {
        return variable + "@" + clause;
    }
}
