package io.corridor.document.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A Hypothesis search-API export (test resource interchange/hypothesis-search.json, shaped like
 * the output of its /api/search) whose first three rows quote passages of a text given at test
 * time: so the corpus is read in place and never copied into the project. Rows 3 (a page note)
 * and 4 (a reply) have no passage; row 5 quotes a passage that is in no text of ours.
 */
public final class HypothesisSample {

    private HypothesisSample() {
    }

    /** The export, its rows 0..2 quoting {@code quotes} (code-point offsets in {@code text}) with 32 code points of context. */
    public static String export(String text, List<String> quotes) {
        String json;
        try (InputStream in = HypothesisSample.class.getResourceAsStream("/interchange/hypothesis-search.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int[] cps = text.codePoints().toArray();
        for (int i = 0; i < 3; i++) {
            String quote = quotes.get(i);
            int at = text.indexOf(quote);
            if (at < 0) {
                throw new IllegalArgumentException("not in the text: " + quote);
            }
            int start = text.codePointCount(0, at);
            int end = start + quote.codePointCount(0, quote.length());
            json = json.replace("\"{{start:" + i + "}}\"", Integer.toString(start))
                    .replace("\"{{end:" + i + "}}\"", Integer.toString(end))
                    .replace("{{exact:" + i + "}}", escape(quote))
                    .replace("{{prefix:" + i + "}}", escape(new String(cps, Math.max(0, start - 32), start - Math.max(0, start - 32))))
                    .replace("{{suffix:" + i + "}}", escape(new String(cps, end, Math.min(cps.length, end + 32) - end)));
        }
        return json;
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
