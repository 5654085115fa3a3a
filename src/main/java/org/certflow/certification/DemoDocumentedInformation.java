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

/**
 * On the demo profile's first start, after the demo projects: the labs project (every control implemented, its
 * internal audit under way) has registered its training records by hand, beside what its processes documented; the
 * readiness check reads both once the audit and certification phase prepares the certification audit.
 */
@Component
@Profile("demo")
@Order(3)
class DemoDocumentedInformation implements ApplicationRunner {

    private static final String LABS = "Northwind Labs assistant AIMS";
    private static final String PM = "pia";

    private final ProjectService projects;
    private final DocumentedInformationRegister register;

    DemoDocumentedInformation(ProjectService projects, DocumentedInformationRegister register) {
        this.projects = projects;
        this.register = register;
    }

    @Override
    public void run(ApplicationArguments args) {
        projects.findByName(LABS).filter(labs -> register.entries(labs.id()).isEmpty()).ifPresent(this::register);
    }

    private void register(Project labs) {
        register.add(labs.id(), new DocumentDetails(Standard.ISO42001, "7.2", "Training records of the assistant team",
                "https://intranet.northwind-labs.example/hr/training/ai-team", "2026", "eva",
                EngineClock.today().minusDays(5)), PM);
    }
}
