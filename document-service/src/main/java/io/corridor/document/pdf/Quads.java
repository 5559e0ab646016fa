package io.corridor.document.pdf;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * The QuadPoints of a highlight: one quadrilateral per line fragment of a run of glyphs, in the
 * page's user space, from the glyphs' text rendering matrices (so rotated pages and rotated text
 * keep their geometry), each from the font's descent to its ascent. A new fragment starts where
 * the baseline moves (a new line, a column) or the text jumps back or far ahead (a table cell).
 * Points in the order viewers expect: upper left, upper right, lower left, lower right.
 */
final class Quads {

    private Quads() {
    }

    /** One glyph: where its baseline starts, its direction, advance, ascent and descent (user space). */
    private record Glyph(float x, float y, float ux, float uy, float advance, float ascent, float descent, float size) {

        float along(float px, float py) {
            return (px - x) * ux + (py - y) * uy;
        }

        float across(float px, float py) {
            return (px - x) * -uy + (py - y) * ux;
        }
    }

    /** A line fragment growing glyph by glyph, measured from its first glyph's origin. */
    private static final class Fragment {
        final Glyph first;
        float start;
        float end;
        float top;
        float bottom;

        Fragment(Glyph g) {
            first = g;
            start = 0;
            end = g.advance;
            top = g.ascent;
            bottom = -g.descent;
        }

        /** Takes the glyph if it continues this line, else answers false. */
        boolean take(Glyph g) {
            float along = first.along(g.x, g.y);
            float across = first.across(g.x, g.y);
            boolean sameDirection = g.ux * first.ux + g.uy * first.uy > 0.99f;
            float size = Math.max(g.size, first.size);
            if (!sameDirection || Math.abs(across) > size / 2 || along < end - size || along > end + 3 * size) {
                return false;
            }
            start = Math.min(start, along);
            end = Math.max(end, along + g.advance);
            top = Math.max(top, across + g.ascent);
            bottom = Math.min(bottom, across - g.descent);
            return true;
        }

        float[] quad() {
            float ux = first.ux;
            float uy = first.uy;
            float vx = -uy;
            float vy = ux;
            return new float[] {
                    first.x + ux * start + vx * top, first.y + uy * start + vy * top,
                    first.x + ux * end + vx * top, first.y + uy * end + vy * top,
                    first.x + ux * start + vx * bottom, first.y + uy * start + vy * bottom,
                    first.x + ux * end + vx * bottom, first.y + uy * end + vy * bottom };
        }
    }

    /** The quads of a run of glyphs of one page, in text order; each quad is 8 numbers. */
    static List<float[]> of(PDPage page, List<TextPosition> glyphs) {
        PDRectangle crop = page.getCropBox();
        List<float[]> quads = new ArrayList<>();
        Fragment current = null;
        for (TextPosition position : glyphs) {
            Glyph g = glyph(position, crop);
            if (g == null) {
                continue;
            }
            if (current == null || !current.take(g)) {
                if (current != null) {
                    quads.add(current.quad());
                }
                current = new Fragment(g);
            }
        }
        if (current != null) {
            quads.add(current.quad());
        }
        return quads;
    }

    /** All the quads' points joined, as the QuadPoints array wants them. */
    static float[] flatten(List<float[]> quads) {
        float[] all = new float[quads.size() * 8];
        for (int i = 0; i < quads.size(); i++) {
            System.arraycopy(quads.get(i), 0, all, i * 8, 8);
        }
        return all;
    }

    /** The smallest rectangle holding every point, a little wider so that appearances are not clipped. */
    static PDRectangle bounds(float[] points, float margin) {
        float minX = Float.MAX_VALUE;
        float minY = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        float maxY = -Float.MAX_VALUE;
        for (int i = 0; i + 1 < points.length; i += 2) {
            minX = Math.min(minX, points[i]);
            maxX = Math.max(maxX, points[i]);
            minY = Math.min(minY, points[i + 1]);
            maxY = Math.max(maxY, points[i + 1]);
        }
        return new PDRectangle(minX - margin, minY - margin, maxX - minX + 2 * margin, maxY - minY + 2 * margin);
    }

    /**
     * The glyph in user space. PDFBox's text matrix is the text rendering matrix moved by the crop
     * box's lower-left corner (text positions count from it), which is added back here.
     */
    private static Glyph glyph(TextPosition p, PDRectangle crop) {
        Matrix m = p.getTextMatrix();
        float ax = m.getValue(0, 0);
        float ay = m.getValue(0, 1);
        float length = (float) Math.hypot(ax, ay);
        float size = m.getScalingFactorY();
        if (length == 0 || !Float.isFinite(length) || !(size > 0)) {
            return null;
        }
        float ascent = 0.8f;
        float descent = 0.25f;
        PDFontDescriptor fd = p.getFont() == null ? null : p.getFont().getFontDescriptor();
        if (fd != null) {
            // font units are thousandths of the em in all but Type 3 fonts; implausible values keep the defaults
            float a = fd.getAscent() / 1000f;
            float d = -fd.getDescent() / 1000f;
            ascent = a > 0.4f && a < 1.5f ? a : ascent;
            descent = d > 0f && d < 0.6f ? d : descent;
        }
        float advance = Math.max(p.getWidthDirAdj(), 0.1f * size);
        return new Glyph(m.getTranslateX() + crop.getLowerLeftX(), m.getTranslateY() + crop.getLowerLeftY(),
                ax / length, ay / length, advance, ascent * size, descent * size, size);
    }
}
