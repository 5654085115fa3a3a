package org.certflow.shared;

import java.util.List;

/**
 * A check of a project's readiness for the Stage 1 certification audit, computed from a feature's own records
 * (never ticked by hand), e.g. "Internal audit done" from the audit programme. The certification audit gathers
 * every bean of this type.
 */
public interface ReadinessCheck {

    /** The results for the project now; one check may yield several results (e.g. one per clause). */
    List<Result> check(long projectId);

    /** One computed result: what was checked, whether it passed, and what was found. */
    record Result(String requirement, boolean passed, String finding) {
    }
}
