package io.corridor.document.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PassagesTest {

    @Test
    void placesTheMarkedWordsInCodePointsAndShowsTheOriginalText() {
        String text = "\uD834\uDD1E Préambule.\nL’accord de réadmissions entre le Mali et <l’UE>.";
        // the headline is over the plural-folded text: "réadmissions" reads "réadmission "
        String headline = "L’accord de \u27E6réadmission\u27E7  entre le \u27E6Mali\u27E7 et <l’UE>.";
        String fragment = "L’accord de réadmissions entre le Mali et <l’UE>.";
        int fragmentStart = text.codePointCount(0, text.indexOf(fragment));
        Passages.Placed p = Passages.place(headline, fragmentStart, fragment);
        int start = p.start();
        int end = p.end();
        String matched = new String(text.codePoints().skip(start).limit(end - start).toArray(), 0, end - start);
        assertEquals("réadmissions entre le Mali", matched);
        assertEquals("L’accord de <mark>réadmissions</mark> entre le <mark>Mali</mark> et &lt;l’UE&gt;.", p.snippet());
    }

    @Test
    void noMarkNoOffsets() {
        Passages.Placed p = Passages.place("rien", 0, "rien");
        assertNull(p.start());
        assertNull(p.end());
        assertNull(Passages.place("rien", -1, null).start());
    }
}
