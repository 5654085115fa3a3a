package org.certflow.risk;

/**
 * A risk under review was not changed in the register: its owner changes it in the review task, so the review
 * neither opens with stale values nor overwrites the edit. Nothing was saved.
 */
public class RiskUnderReviewException extends RuntimeException {

    RiskUnderReviewException(String message) {
        super(message);
    }
}
