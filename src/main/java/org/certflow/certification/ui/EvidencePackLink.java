package org.certflow.certification.ui;

import java.io.ByteArrayInputStream;

import org.certflow.certification.EvidencePack;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/** Downloads the project's evidence pack, built afresh at the click (ZIP: PDF and CSV files). */
class EvidencePackLink extends Anchor {

    EvidencePackLink(long projectId, EvidencePack evidencePack) {
        super(DownloadHandler.fromInputStream(event -> {
            EvidencePack.File pack = evidencePack.of(projectId);
            return new DownloadResponse(new ByteArrayInputStream(pack.content()), pack.name(), "application/zip",
                    pack.content().length);
        }), AttachmentType.DOWNLOAD, "");
        add(VaadinIcon.DOWNLOAD.create(), new Span("Download evidence pack"));
        addClassName("evidence-pack-link");
    }
}
