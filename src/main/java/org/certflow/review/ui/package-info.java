/**
 * The management review pages (the list per project, one review with its minutes), the review's work areas on its
 * task pages, and the executive's page of everything awaiting their decision.
 */
package org.certflow.review.ui;
