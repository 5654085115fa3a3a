package org.certflow.catalog.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

/** A free-text filter that reacts while typing; {@link #matches} is the one rule every grid filters with. */
public class SearchField extends TextField {

    public SearchField(String placeholder) {
        setPlaceholder(placeholder);
        setPrefixComponent(VaadinIcon.SEARCH.create());
        setClearButtonVisible(true);
        setValueChangeMode(ValueChangeMode.LAZY);
        setAriaLabel(placeholder);
        setWidth("18rem");
    }

    /** True when the field is empty or any of the texts contains what was typed, ignoring case. */
    public boolean matches(String... texts) {
        String wanted = getValue().trim().toLowerCase();
        if (wanted.isEmpty()) {
            return true;
        }
        for (String text : texts) {
            if (text != null && text.toLowerCase().contains(wanted)) {
                return true;
            }
        }
        return false;
    }
}
