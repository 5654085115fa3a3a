package org.certflow.project;

public enum ProjectStatus {
    ACTIVE, CERTIFIED, NOT_CERTIFIED
}
