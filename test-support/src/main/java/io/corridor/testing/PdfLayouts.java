package io.corridor.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * PDFs with real layouts, made with PDFBox for the tests and the benchmarks: a text set on A4 pages
 * (Helvetica 10 pt, paragraphs wrapped, as many pages as it takes, a real text layer), a page with two
 * columns side by side and a ruled table, and a heavy page of text over noise.
 */
public final class PdfLayouts {

    public static final float SIZE = 10;
    private static final float MARGIN = 56;
    private static final float LEADING = 13;
    private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    /** Whether the font can show a character, asked once per character (the bench sets whole corpora). */
    private static final Map<Character, Boolean> ENCODABLE = new ConcurrentHashMap<>();

    private PdfLayouts() {
    }

    /** A rendered file and its number of pages. */
    public record Paginated(byte[] bytes, int pages) {
    }

    /** A text set on A4 pages: a heading, then each line of the text as a paragraph wrapped to the measure. */
    public static byte[] paginated(String heading, String text) {
        return paginate(heading, text).bytes();
    }

    /** {@link #paginated}, with its number of pages. */
    public static Paginated paginate(String heading, String text) {
        List<String> lines = new ArrayList<>();
        lines.add(clean(heading));
        lines.add("");
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        for (String paragraph : text.split("\n")) {
            wrap(clean(paragraph), width, SIZE, lines);
        }
        int perPage = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN) / LEADING);
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int start = 0; start < lines.size(); start += perPage) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.beginText();
                    content.setFont(FONT, SIZE);
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
            return new Paginated(out.toByteArray(), pdf.getNumberOfPages());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One A4 page: a bold title across the page, two columns whose lines share their baselines
     * (the left one set first, as a layout program writes them), and under them a ruled table of
     * {@code rows} (the first one its header), one cell per column.
     */
    public static byte[] twoColumnsAndTable(String title, String left, String right, List<List<String>> rows) {
        float pageWidth = PDRectangle.A4.getWidth();
        float top = PDRectangle.A4.getHeight() - MARGIN;
        float gutter = 24;
        float columnWidth = (pageWidth - 2 * MARGIN - gutter) / 2;
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.beginText();
                content.setFont(BOLD, 14);
                content.newLineAtOffset(MARGIN, top);
                content.showText(clean(title));
                content.endText();
                float columnsTop = top - 30;
                int leftLines = column(content, left, MARGIN, columnsTop, columnWidth);
                int rightLines = column(content, right, MARGIN + columnWidth + gutter, columnsTop, columnWidth);
                float tableTop = columnsTop - Math.max(leftLines, rightLines) * LEADING - 24;
                table(content, rows, MARGIN, tableTop, pageWidth - 2 * MARGIN);
            }
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One page of text over a picture of random pixels ({@code side} × {@code side}, which no
     * compression shrinks): a file of about 3 × side² bytes, to see a large export streamed whole.
     */
    public static byte[] textOverNoise(String text, int side) {
        java.awt.image.BufferedImage noise = new java.awt.image.BufferedImage(side, side, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(side);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                noise.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            var image = org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(pdf, noise);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.drawImage(image, MARGIN, MARGIN, 200, 200);
                content.beginText();
                content.setFont(FONT, SIZE);
                content.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN);
                content.showText(clean(text));
                content.endText();
            }
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int column(PDPageContentStream content, String text, float x, float top, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n")) {
            wrap(clean(paragraph), width, SIZE, lines);
        }
        content.beginText();
        content.setFont(FONT, SIZE);
        content.setLeading(LEADING);
        content.newLineAtOffset(x, top);
        for (String line : lines) {
            content.showText(line);
            content.newLine();
        }
        content.endText();
        return lines.size();
    }

    private static void table(PDPageContentStream content, List<List<String>> rows, float x, float top, float width)
            throws IOException {
        int columns = rows.get(0).size();
        float cellWidth = width / columns;
        float rowHeight = 20;
        content.setLineWidth(0.5f);
        for (int r = 0; r <= rows.size(); r++) {
            content.moveTo(x, top - r * rowHeight);
            content.lineTo(x + width, top - r * rowHeight);
        }
        for (int c = 0; c <= columns; c++) {
            content.moveTo(x + c * cellWidth, top);
            content.lineTo(x + c * cellWidth, top - rows.size() * rowHeight);
        }
        content.stroke();
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < columns; c++) {
                content.beginText();
                content.setFont(r == 0 ? BOLD : FONT, SIZE);
                content.newLineAtOffset(x + c * cellWidth + 6, top - r * rowHeight - 14);
                content.showText(clean(rows.get(r).get(c)));
                content.endText();
            }
        }
    }

    private static void wrap(String paragraph, float width, float size, List<String> lines) {
        StringBuilder line = new StringBuilder();
        try {
            for (String word : paragraph.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && FONT.getStringWidth(candidate) / 1000 * size > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lines.add(line.toString());
    }

    /** What the page shows of a text: characters Helvetica's WinAnsi encoding lacks become "?", tabs spaces. */
    public static String clean(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.replace('\t', ' ').toCharArray()) {
            out.append(ENCODABLE.computeIfAbsent(c, PdfLayouts::encodable) ? c : '?');
        }
        return out.toString();
    }

    private static boolean encodable(char c) {
        try {
            FONT.encode(String.valueOf(c));
            return !Character.isISOControl(c);
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
