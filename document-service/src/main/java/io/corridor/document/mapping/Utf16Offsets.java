package io.corridor.document.mapping;

import java.util.Arrays;

/**
 * Converts between Corridor's offsets (code points) and those of UIMA and WebAnno TSV (UTF-16
 * units, Java string indexes) in one text, in constant time per offset.
 */
final class Utf16Offsets {

    private final String text;
    /** units[cp]: the UTF-16 index where code point cp starts; one more entry for the end. */
    private final int[] units;

    Utf16Offsets(String text) {
        this.text = text;
        int count = text.codePointCount(0, text.length());
        units = new int[count + 1];
        int unit = 0;
        for (int cp = 0; cp < count; cp++) {
            units[cp] = unit;
            unit += Character.charCount(text.codePointAt(unit));
        }
        units[count] = text.length();
    }

    int codePoints() {
        return units.length - 1;
    }

    /** The UTF-16 index of code point offset cp (0..codePoints()). */
    int unit(int cp) {
        return units[cp];
    }

    /** The code point offset of UTF-16 index unit; -1 when it is outside the text or splits a surrogate pair. */
    int codePoint(int unit) {
        if (unit < 0 || unit > text.length()) {
            return -1;
        }
        int cp = Arrays.binarySearch(units, unit);
        return cp < 0 ? -1 : cp;
    }
}
