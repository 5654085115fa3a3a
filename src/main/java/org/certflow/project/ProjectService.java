package org.certflow.project;

import static org.certflow.project.process.ProcessVariables.CERTIFICATION_PROCESS;
import static org.certflow.project.process.ProcessVariables.INCLUDES_27001;
import static org.certflow.project.process.ProcessVariables.INCLUDES_42001;
import static org.certflow.project.process.ProcessVariables.PROJECT_ID;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.certflow.catalog.Catalog;
import org.certflow.catalog.Standard;
import org.certflow.security.People;
import org.certflow.security.ProjectGroups;
import org.certflow.security.Role;
import org.certflow.shared.EngineClock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates certification projects and keeps their plan; the transaction boundary for the project feature. */
@Service
public class ProjectService {

    private final ProjectRepository projects;
    private final SoaLineRepository soaLines;
    private final NewProjectValidator validator;
    private final Catalog catalog;
    private final People people;
    private final RuntimeService runtime;
    private final ApplicationEventPublisher events;

    ProjectService(ProjectRepository projects, SoaLineRepository soaLines, NewProjectValidator validator,
                   Catalog catalog, People people, RuntimeService runtime, ApplicationEventPublisher events) {
        this.projects = projects;
        this.soaLines = soaLines;
        this.validator = validator;
        this.catalog = catalog;
        this.people = people;
        this.runtime = runtime;
        this.events = events;
    }

    /**
     * Creates the project, its plan, its Statement of Applicability (every control of its standards, undecided)
     * and its role groups, then starts its certification process and announces {@link ProjectStarted}. Refused
     * input creates nothing.
     */
    @Transactional
    public Project create(NewProject request, String createdBy) {
        if (!mayCreateProjects(createdBy)) {
            throw new AccessDeniedException(people.displayName(createdBy) + " may not create projects.");
        }
        validator.validate(request);
        Project project = projects.save(new Project(request, ProjectPlanner.plan(request.startDate(),
                request.targetDate(), request.standards(), request.startingPoint()), createdBy, EngineClock.now()));
        request.standards().standards().forEach(standard -> catalog.controls(standard)
                .forEach(control -> soaLines.save(new SoaLine(project.id(), control))));
        for (Role role : Role.values()) {
            people.setGroupMembers(ProjectGroups.groupId(project.id(), role),
                    role.label() + " · " + project.name(), project.holders(role));
        }
        String processInstanceId = runtime.startProcessInstanceByKey(CERTIFICATION_PROCESS,
                String.valueOf(project.id()), Map.of(PROJECT_ID, project.id(),
                        INCLUDES_27001, project.includes(Standard.ISO27001),
                        INCLUDES_42001, project.includes(Standard.ISO42001))).getId();
        // the process ran up to its first wait state and may have saved the project already (phase started)
        Project started = get(project.id());
        started.processStarted(processInstanceId);
        Project saved = projects.save(started);
        events.publishEvent(new ProjectStarted(saved.id()));
        return saved;
    }

    public boolean mayCreateProjects(String username) {
        return people.isMember(username, Role.PROJECT_MANAGER.groupId())
                || people.isMember(username, ProjectGroups.ADMIN_GROUP);
    }

    @Transactional(readOnly = true)
    public boolean anyExists() {
        return projects.count() > 0;
    }

    /** Every project, by name: for work each project needs whoever looks (schedules, reports). */
    @Transactional(readOnly = true)
    public List<Project> all() {
        return projects.findAllByOrderByName();
    }

    @Transactional(readOnly = true)
    public Optional<Project> find(long projectId) {
        return projects.findById(projectId);
    }

    /** The project of this name (names are unique, see the wizard's validation). */
    @Transactional(readOnly = true)
    public Optional<Project> findByName(String name) {
        return projects.findByName(name);
    }

    @Transactional(readOnly = true)
    public Project get(long projectId) {
        return find(projectId).orElseThrow(() -> new IllegalArgumentException("No project " + projectId));
    }

    /** The projects the user works in; an administrator sees all. */
    @Transactional(readOnly = true)
    public List<Project> visibleTo(String username) {
        return people.isMember(username, ProjectGroups.ADMIN_GROUP) ? projects.findAllByOrderByName()
                : projects.findByMember(username);
    }

    @Transactional
    public PhasePlan phaseStarted(long projectId, Phase phase) {
        Project project = get(projectId);
        project.phase(phase).started(EngineClock.now());
        return projects.save(project).phase(phase);
    }

    @Transactional
    public void phaseEnded(long projectId, Phase phase) {
        Project project = get(projectId);
        project.phase(phase).ended(EngineClock.now());
        projects.save(project);
    }

    @Transactional
    public void certified(long projectId, String certificateNumber) {
        Project project = get(projectId);
        project.certified(certificateNumber, EngineClock.now());
        projects.save(project);
    }

    @Transactional
    public void notCertified(long projectId) {
        Project project = get(projectId);
        project.notCertified();
        projects.save(project);
    }
}
