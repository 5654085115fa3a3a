package org.certflow.certification;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import org.certflow.project.Project;
import org.certflow.project.ProjectService;
import org.certflow.security.Role;
import org.certflow.shared.EngineClock;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's register of documented information (clause 7.5): what exists, where, in which version, approved by
 * whom. Its project manager keeps it; the certification processes fill in what they already collected.
 */
@Service
public class DocumentedInformationRegister {

    public static final String CLAUSE = "clause";
    public static final String STANDARD = "standard";
    public static final String TITLE = "title";
    public static final String REFERENCE = "reference";
    public static final String VERSION = "version";
    public static final String APPROVED_BY = "approvedBy";
    public static final String APPROVED_ON = "approvedOn";

    private static final Pattern CLAUSE_NUMBER = Pattern.compile("\\d{1,2}(\\.\\d{1,2}){0,3}|A\\.\\d{1,2}(\\.\\d{1,2})?");
    private static final Comparator<DocumentedInformation> REGISTER_ORDER =
            Comparator.comparing(DocumentedInformation::clause, MandatoryDocument.CLAUSE_ORDER)
                    .thenComparing(e -> e.standard() == null ? "" : e.standard().name())
                    .thenComparing(DocumentedInformation::title);

    private final DocumentedInformationRepository entries;
    private final CollectedDocuments collected;
    private final ProjectService projects;

    DocumentedInformationRegister(DocumentedInformationRepository entries, CollectedDocuments collected,
                                  ProjectService projects) {
        this.entries = entries;
        this.collected = collected;
        this.projects = projects;
    }

    /** Whether a mandatory document is in the register ({@code entry}, approved if one is) or missing (null). */
    public record Coverage(MandatoryDocument document, DocumentedInformation entry) {

        public boolean isApproved() {
            return entry != null && entry.isApproved();
        }
    }

    @Transactional(readOnly = true)
    public List<DocumentedInformation> entries(long projectId) {
        return entries.findByProjectId(projectId).stream().sorted(REGISTER_ORDER).toList();
    }

    /** Each mandatory document of the project's standards, with the entry that covers it, if any. */
    @Transactional(readOnly = true)
    public List<Coverage> coverage(long projectId) {
        List<DocumentedInformation> register = entries(projectId);
        return MandatoryDocument.of(projects.get(projectId).standards().standards()).stream()
                .map(document -> new Coverage(document, register.stream().filter(document::isCoveredBy)
                        .max(Comparator.comparing(DocumentedInformation::isApproved)).orElse(null)))
                .toList();
    }

    public boolean mayEdit(long projectId, String username) {
        return projects.get(projectId).holders(Role.PROJECT_MANAGER).contains(username);
    }

    @Transactional
    public DocumentedInformation add(long projectId, DocumentDetails details, String username) {
        Project project = editableBy(projectId, username);
        return entries.save(DocumentedInformation.entered(projectId, validated(project, details), username));
    }

    /** Saves an edit of the entry as it was at {@code editedVersion}; refused if someone changed it since. */
    @Transactional
    public DocumentedInformation edit(long entryId, int editedVersion, DocumentDetails details, String username) {
        DocumentedInformation entry = entries.findById(entryId).orElseThrow();
        Project project = editableBy(entry.projectId(), username);
        if (entry.version() != editedVersion) {
            throw new OptimisticLockingFailureException("Entry " + entryId + " changed since version " + editedVersion);
        }
        entry.edit(validated(project, details), username);
        return entries.save(entry);
    }

    @Transactional
    public void remove(long entryId, String username) {
        entries.findById(entryId).ifPresent(entry -> {
            editableBy(entry.projectId(), username);
            entries.delete(entry);
        });
    }

    /**
     * Adds what the certification processes recorded since the last collection and refreshes the entries collected
     * before, except those someone edited by hand.
     */
    @Transactional
    public void collect(long projectId) {
        for (CollectedDocuments.Collected found : collected.of(projectId)) {
            entries.findByProjectIdAndSource(projectId, found.source()).ifPresentOrElse(entry -> {
                entry.refresh(found.details());
                entries.save(entry);
            }, () -> entries.save(DocumentedInformation.collected(projectId, found.source(), found.details())));
        }
    }

    private Project editableBy(long projectId, String username) {
        if (!mayEdit(projectId, username)) {
            throw new AccessDeniedException("Only the project's manager keeps its register of documented information.");
        }
        return projects.get(projectId);
    }

    private static DocumentDetails validated(Project project, DocumentDetails details) {
        String clause = trimmed(details.clause());
        if (clause == null || !CLAUSE_NUMBER.matcher(clause).matches()) {
            throw new InvalidCertificationInputException(CLAUSE,
                    "Give the clause as a number, e.g. 5.2 or 6.1.3 (or an Annex A control, e.g. A.5.1).");
        }
        if (details.standard() != null && !project.includes(details.standard())) {
            throw new InvalidCertificationInputException(STANDARD,
                    "The project does not certify against " + details.standard().shortName() + ".");
        }
        String approvedBy = trimmed(details.approvedBy());
        if (approvedBy == null && details.approvedOn() != null) {
            throw new InvalidCertificationInputException(APPROVED_BY, "Say who approved it on that day.");
        }
        if (approvedBy != null && details.approvedOn() == null) {
            throw new InvalidCertificationInputException(APPROVED_ON, "Say when it was approved.");
        }
        if (details.approvedOn() != null && details.approvedOn().isAfter(EngineClock.today())) {
            throw new InvalidCertificationInputException(APPROVED_ON, "An approval cannot lie in the future.");
        }
        return new DocumentDetails(details.standard(), clause, required(TITLE, details.title(), 300),
                required(REFERENCE, details.reference(), 500), limited(VERSION, details.version(), 40),
                limited(APPROVED_BY, approvedBy, 100), details.approvedOn());
    }

    private static String required(String field, String value, int maxLength) {
        String text = limited(field, value, maxLength);
        if (text == null) {
            throw new InvalidCertificationInputException(field, field.equals(REFERENCE)
                    ? "Say where the auditor finds it: a link, a file path or a document number."
                    : "Give it a title.");
        }
        return text;
    }

    private static String limited(String field, String value, int maxLength) {
        String text = trimmed(value);
        if (text != null && text.length() > maxLength) {
            throw new InvalidCertificationInputException(field, "At most " + maxLength + " characters.");
        }
        return text;
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
