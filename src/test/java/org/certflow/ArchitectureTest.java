package org.certflow;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.router.Route;

@AnalyzeClasses(packages = "org.certflow", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule features_do_not_depend_on_each_other_in_a_cycle =
            slices().matching("org.certflow.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule code_the_processes_call_lives_in_process_packages = classes()
            .that().implement(JavaDelegate.class).or().implement(TaskListener.class)
            .or().implement(ExecutionListener.class)
            .should().resideInAPackage("..process..");

    @ArchTest
    static final ArchRule views_live_in_ui_packages = classes()
            .that().areAnnotatedWith(Route.class).should().resideInAPackage("..ui..");
}
