package io.corridor.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Renders a corpus text as a paginated A4 PDF with a real text layer (Helvetica, WinAnsi: French
 * accents, œ and the typographic apostrophe survive; the rare character outside it becomes "?").
 * Public: the end-to-end suite's browser tests and the reader benchmark open such PDFs in the web
 * client's page view.
 */
public final class PdfRenderer {

    static final float SIZE = 10;
    private static final float MARGIN = 56;
    private static final float LEADING = 13;

    /** A rendered file and its number of pages. */
    public record Pdf(String name, byte[] bytes, int pages) {
    }

    private final PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final Map<Character, Boolean> encodable = new HashMap<>();

    public Pdf render(String name, String heading, String text) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(clean(heading));
        lines.add("");
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        for (String paragraph : text.split("\n")) {
            wrap(clean(paragraph), width, lines);
        }
        int perPage = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN) / LEADING);
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int start = 0; start < lines.size(); start += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.beginText();
                    content.setFont(font, SIZE);
                    content.setLeading(LEADING);
                    content.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN);
                    for (String line : lines.subList(start, Math.min(lines.size(), start + perPage))) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            pdf.save(out);
            return new Pdf(name, out.toByteArray(), pdf.getNumberOfPages());
        }
    }

    private void wrap(String paragraph, float width, List<String> lines) throws IOException {
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * SIZE > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
    }

    /** Characters Helvetica's WinAnsi encoding cannot show become "?", tabs spaces. */
    private String clean(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.replace('\t', ' ').toCharArray()) {
            out.append(encodable.computeIfAbsent(c, this::canEncode) ? c : '?');
        }
        return out.toString();
    }

    private boolean canEncode(char c) {
        try {
            font.encode(String.valueOf(c));
            return !Character.isISOControl(c);
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
