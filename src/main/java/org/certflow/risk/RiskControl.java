package org.certflow.risk;

import org.springframework.data.relational.core.mapping.Table;

/** A control of the project's Statement of Applicability that treats a risk, e.g. {@code ISO27001:5.15}. */
@Table("risk_control")
record RiskControl(String controlKey) {
}
