package org.certflow.incident;

import java.time.LocalDate;

/** What the incident manager plans: the action, the person of the project who takes it, and by when. */
public record NewCorrectiveAction(String description, String owner, LocalDate dueDate) {
}
