package org.certflow.catalog.ui;

import org.certflow.catalog.Catalog;
import org.certflow.catalog.Standard;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * The catalogue CertFlow plans with: identifiers, short titles and groupings of both standards, never their
 * text (which is ISO/IEC's). Read-only reference for everyone signed in.
 */
@Route("catalogue")
@PageTitle("Catalogue · CertFlow")
@PermitAll
public class CatalogView extends VerticalLayout {

    CatalogView(Catalog catalog) {
        addClassName("catalog-view");
        setSizeFull();
        H2 title = new H2("Catalogue");
        title.addClassName("view-title");
        Paragraph intro = new Paragraph("Identifiers, short titles and groupings of ISO/IEC 27001:2022 and "
                + "ISO/IEC 42001:2023. The requirements themselves are in the standards.");
        intro.addClassName("muted");

        TabSheet tabs = new TabSheet();
        tabs.setSizeFull();
        for (Standard standard : Standard.values()) {
            tabs.add(standard.shortName() + " Annex A (" + catalog.controls(standard).size() + ")",
                    new ControlsTab(catalog, standard));
        }
        tabs.add("Clauses 4-10 (" + catalog.clauses().size() + ")", new ClausesTab(catalog.clauses()));
        tabs.add("Topic overlap (" + catalog.overlaps().size() + ")", new OverlapTab(catalog));
        add(title, intro, tabs);
        setFlexGrow(1, tabs);
    }
}
