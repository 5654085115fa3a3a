package org.certflow.catalog;

/**
 * An Annex A control: {@code group} is the theme of ISO 27001 (e.g. "Organizational") or the domain of
 * ISO 42001 (e.g. "A.6 AI system life cycle").
 */
public record Control(Standard standard, String id, String title, String group) {

    /** A key unique across both standards, e.g. {@code ISO27001:5.1}. */
    public String key() {
        return key(standard, id);
    }

    public static String key(Standard standard, String id) {
        return standard.name() + ":" + id;
    }

    /** How people cite it: "ISO 27001 5.1 Policies for information security". */
    public String label() {
        return standard.shortName() + " " + id + " " + title;
    }
}
