package org.certflow.catalog;

/** A management-system standard CertFlow certifies against. */
public enum Standard {
    ISO27001("ISO/IEC 27001:2022", "ISO 27001", "Information security management system"),
    ISO42001("ISO/IEC 42001:2023", "ISO 42001", "AI management system");

    private final String title;
    private final String shortName;
    private final String system;

    Standard(String title, String shortName, String system) {
        this.title = title;
        this.shortName = shortName;
        this.system = system;
    }

    public String title() {
        return title;
    }

    public String shortName() {
        return shortName;
    }

    public String system() {
        return system;
    }
}
