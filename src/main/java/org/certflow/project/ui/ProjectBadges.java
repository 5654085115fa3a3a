package org.certflow.project.ui;

import org.certflow.catalog.ui.Badge;
import org.certflow.project.ImplementationStatus;
import org.certflow.project.PhaseState;
import org.certflow.project.ProjectStatus;
import org.certflow.shared.HeadlineFigure;

/** The badges of the project pages, one colour per meaning. */
final class ProjectBadges {

    private ProjectBadges() {
    }

    static Badge status(ProjectStatus status) {
        return switch (status) {
            case ACTIVE -> new Badge("Active", "info");
            case CERTIFIED -> new Badge("Certified", "success");
            case NOT_CERTIFIED -> new Badge("Not certified", "error");
        };
    }

    static Badge phase(PhaseState state) {
        return new Badge(state.label(), switch (state) {
            case NOT_STARTED -> "neutral";
            case RUNNING -> "info";
            case DONE -> "success";
            case LATE -> "error";
        });
    }

    static Badge implementation(ImplementationStatus status) {
        return new Badge(status.label(), switch (status) {
            case NOT_STARTED -> "neutral";
            case IN_REVIEW -> "warning";
            case IMPLEMENTED -> "success";
        });
    }

    /** Yes / No / undecided, for the applicability column of the SoA. */
    static Badge applicability(Boolean applicable) {
        if (applicable == null) {
            return new Badge("Undecided", "warning");
        }
        return applicable ? new Badge("Applicable", "success") : new Badge("Not applicable", "neutral");
    }

    /** A headline figure's state, in words: nothing to do, needs attention, act now. */
    static Badge state(HeadlineFigure.State state) {
        return new Badge(state.label(), switch (state) {
            case OK -> "success";
            case ATTENTION -> "warning";
            case ALARM -> "error";
        });
    }
}
