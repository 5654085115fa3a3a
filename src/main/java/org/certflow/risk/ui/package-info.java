/** The risk register page (heat maps, filtered list, risk form), AI systems, risk criteria, and task context. */
package org.certflow.risk.ui;
