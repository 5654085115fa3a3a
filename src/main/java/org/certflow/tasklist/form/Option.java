package org.certflow.tasklist.form;

/** One choice of a select or radio field: the value stored and the label shown. */
public record Option(String value, String label) {
}
