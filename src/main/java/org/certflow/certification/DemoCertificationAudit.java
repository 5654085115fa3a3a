package org.certflow.certification;

import org.certflow.catalog.Standard;
import org.certflow.project.Project;
import org.certflow.project.ProjectService;
import org.certflow.shared.EngineClock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On the demo profile's first start, after the demo projects: the labs project (every control implemented) starts
 * preparing its certification audit, with its training records registered by hand. Its readiness check then shows
 * what the processes already documented, and what is still missing, on pia's "Review readiness" task. One
 * transaction: a start killed half-way leaves nothing, and the next start seeds again.
 */
@Component
@Profile("demo")
@Order(3)
class DemoCertificationAudit implements ApplicationRunner {

    private static final String LABS = "Northwind Labs assistant AIMS";
    private static final String PM = "pia";

    private final ProjectService projects;
    private final CertificationAudits audits;
    private final DocumentedInformationRegister register;
    private final AuditPreparation preparation;
    private final TransactionTemplate transactions;

    DemoCertificationAudit(ProjectService projects, CertificationAudits audits, DocumentedInformationRegister register,
                           AuditPreparation preparation, TransactionTemplate transactions) {
        this.projects = projects;
        this.audits = audits;
        this.register = register;
        this.preparation = preparation;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        projects.visibleTo(PM).stream().filter(p -> p.name().equals(LABS)).findFirst()
                .filter(labs -> audits.latest(labs.id()).isEmpty())
                .ifPresent(labs -> transactions.executeWithoutResult(status -> prepare(labs)));
    }

    private void prepare(Project labs) {
        register.add(labs.id(), new DocumentDetails(Standard.ISO42001, "7.2", "Training records of the assistant team",
                "https://intranet.northwind-labs.example/hr/training/ai-team", "2026", "eva",
                EngineClock.today().minusDays(5)), PM);
        preparation.prepare(labs.id(), PM);
    }
}
