/** The delegates and task listeners ManagementReviewProcess calls; {@link ReviewVariables} names its variables. */
package org.certflow.review.process;
