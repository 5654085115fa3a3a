package org.certflow.certification;

/** A finding as the project manager enters it from the certification body's report. */
public record NewFinding(FindingGrade grade, String requirement, String description, String owner) {
}
