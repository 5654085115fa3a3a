package org.certflow.shared.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * A Spring bean that adds context to a task page: the control a task is about, the Statement of Applicability
 * for the applicability task, and so on. The task page shows every component the providers return, so features
 * add context without the task list knowing them.
 */
public interface TaskContextProvider {

    Optional<Component> contextFor(TaskRef task);
}
