/** The standards as reference data: Annex A controls of ISO 27001 and ISO 42001, clauses 4-10, their overlap. */
package org.certflow.catalog;
