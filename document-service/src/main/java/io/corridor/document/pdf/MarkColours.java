package io.corridor.document.pdf;

import java.util.Map;

import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;

/**
 * The reader's highlight colour of each motivation (the web client's styles.css), as the opaque
 * colour it shows on white paper: a PDF highlight is drawn in multiply blend mode, so the
 * blended colour gives the same look as the reader's translucent one.
 */
final class MarkColours {

    /** Red, green, blue and alpha as in the reader's ::highlight(motivation-*) rules. */
    private static final Map<String, float[]> READER = Map.of(
            "commenting", new float[] { 255, 200, 40, .45f },
            "highlighting", new float[] { 255, 235, 60, .5f },
            "tagging", new float[] { 80, 160, 255, .3f },
            "identifying", new float[] { 70, 170, 60, .3f },
            "linking", new float[] { 0, 160, 160, .3f },
            "questioning", new float[] { 230, 90, 150, .3f },
            "assessing", new float[] { 140, 90, 220, .3f });

    private MarkColours() {
    }

    static PDColor of(String motivation) {
        float[] rgba = READER.getOrDefault(motivation, READER.get("highlighting"));
        float[] rgb = new float[3];
        for (int i = 0; i < 3; i++) {
            rgb[i] = (255 - rgba[3] * (255 - rgba[i])) / 255f;
        }
        return new PDColor(rgb, PDDeviceRGB.INSTANCE);
    }
}
