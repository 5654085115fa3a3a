package org.certflow.catalog.ui;

import com.vaadin.flow.component.html.Span;

/**
 * A small coloured label for a status or kind; {@code variant} picks the colour (cf-badge-&lt;variant&gt; in the
 * theme): neutral, info, success, warning, error.
 */
public class Badge extends Span {

    public Badge(String text, String variant) {
        super(text);
        addClassNames("cf-badge", "cf-badge-" + variant);
    }
}
