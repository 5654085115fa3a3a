package org.certflow.shared;

import java.util.List;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/** The headings and tables of CertFlow's PDF exports for certification bodies, so the documents look alike. */
public final class PdfTables {

    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
    private static final Font HEADER = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 8);

    private PdfTables() {
    }

    /** A section's heading, with space around it. */
    public static Paragraph heading(String title) {
        Paragraph heading = new Paragraph(title, HEADING);
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(6);
        return heading;
    }

    /** A full-width table: a header row repeated on each page, then one row per entry; {@code widths} relative. */
    public static PdfPTable table(float[] widths, List<String> header, List<List<String>> rows) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        header.forEach(h -> table.addCell(cell(h, HEADER)));
        rows.forEach(row -> row.forEach(value -> table.addCell(cell(value, BODY))));
        return table;
    }

    private static PdfPCell cell(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setPadding(3);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        return cell;
    }
}
