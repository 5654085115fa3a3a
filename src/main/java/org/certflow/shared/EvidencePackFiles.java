package org.certflow.shared;

import java.util.List;

/**
 * A feature's records for the evidence pack a certification body receives before Stage 1, as files of the pack, e.g.
 * the reports of the completed internal audits from the audit programme. The evidence pack adds the files of every
 * bean of this type, so no feature needs to know the pack.
 */
public interface EvidencePackFiles {

    /** The project's files now, in the order they go into the pack, each name unique in it; empty when none. */
    List<File> files(long projectId);

    /** One file of the pack: its name in the ZIP and its bytes. */
    record File(String name, byte[] content) {
    }
}
