/** The catalogue page: both Annex A lists, clauses 4-10 and the topic overlap between the standards. */
package org.certflow.catalog.ui;
