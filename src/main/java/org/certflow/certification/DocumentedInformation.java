package org.certflow.certification;

import java.time.LocalDate;

import org.certflow.catalog.Standard;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An entry of a project's register of documented information. Entries collected from the certification processes
 * keep their {@code source} and follow it until someone edits them by hand ({@code editedBy}).
 */
@Table("documented_information")
public class DocumentedInformation {

    @Id
    private Long id;
    private Long projectId;
    private Standard standard;
    private String clause;
    private String title;
    private String documentReference;
    private String documentVersion;
    private String approvedBy;
    private LocalDate approvedOn;
    private String source;
    private String editedBy;
    @Version
    private Integer version;

    DocumentedInformation() {
    }

    static DocumentedInformation entered(long projectId, DocumentDetails details, String username) {
        DocumentedInformation entry = new DocumentedInformation();
        entry.projectId = projectId;
        entry.edit(details, username);
        return entry;
    }

    static DocumentedInformation collected(long projectId, String source, DocumentDetails details) {
        DocumentedInformation entry = new DocumentedInformation();
        entry.projectId = projectId;
        entry.source = source;
        entry.apply(details);
        return entry;
    }

    public Long id() {
        return id;
    }

    public Long projectId() {
        return projectId;
    }

    /** The standard the entry serves; {@code null} for both standards of an integrated management system. */
    public Standard standard() {
        return standard;
    }

    public String clause() {
        return clause;
    }

    public String title() {
        return title;
    }

    public String reference() {
        return documentReference;
    }

    public String documentVersion() {
        return documentVersion;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public LocalDate approvedOn() {
        return approvedOn;
    }

    /** Where in the certification processes the entry was collected from; {@code null} when entered by hand. */
    public String source() {
        return source;
    }

    /** Who last edited the entry by hand; {@code null} for an entry still as collected. */
    public String editedBy() {
        return editedBy;
    }

    public Integer version() {
        return version;
    }

    public boolean isApproved() {
        return approvedBy != null && approvedOn != null;
    }

    public DocumentDetails details() {
        return new DocumentDetails(standard, clause, title, documentReference, documentVersion, approvedBy,
                approvedOn);
    }

    void edit(DocumentDetails details, String username) {
        apply(details);
        editedBy = username;
    }

    /** Takes what the processes hold now, unless someone has edited the entry by hand. */
    void refresh(DocumentDetails details) {
        if (editedBy == null) {
            apply(details);
        }
    }

    private void apply(DocumentDetails details) {
        standard = details.standard();
        clause = details.clause();
        title = details.title();
        documentReference = details.reference();
        documentVersion = details.version();
        approvedBy = details.approvedBy();
        approvedOn = details.approvedOn();
    }
}
