package io.corridor.document.mapping;

import java.util.ArrayList;
import java.util.List;

/**
 * Sentences and tokens for the interchange formats, in UTF-16 units: a sentence per line (from its
 * first token to its last), a token per run of letters and digits or per other visible character,
 * and a token boundary at every passage boundary, so that each passage covers whole tokens (WebAnno
 * TSV can only address tokens; INCEpTION snaps spans to them).
 */
final class Segmentation {

    record Token(int begin, int end) {
    }

    record Sentence(int begin, int end, List<Token> tokens) {
    }

    private Segmentation() {
    }

    /** @param cuts UTF-16 offsets where a token must start or end (passage boundaries) */
    static List<Sentence> of(String text, Iterable<Integer> cuts) {
        boolean[] cut = new boolean[text.length() + 1];
        for (int at : cuts) {
            if (at >= 0 && at <= text.length()) {
                cut[at] = true;
            }
        }
        List<Sentence> sentences = new ArrayList<>();
        int line = 0;
        while (line <= text.length()) {
            int next = text.indexOf('\n', line);
            int lineEnd = next < 0 ? text.length() : next;
            List<Token> tokens = tokens(text, line, lineEnd, cut);
            if (!tokens.isEmpty()) {
                sentences.add(new Sentence(tokens.get(0).begin(), tokens.get(tokens.size() - 1).end(), tokens));
            }
            if (next < 0) {
                break;
            }
            line = next + 1;
        }
        return sentences;
    }

    private static List<Token> tokens(String text, int from, int to, boolean[] cut) {
        List<Token> tokens = new ArrayList<>();
        int i = from;
        while (i < to) {
            int c = text.codePointAt(i);
            if (blank(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                while (i < to && !cut[i]) {
                    int d = text.codePointAt(i);
                    if (!Character.isLetterOrDigit(d) && Character.getType(d) != Character.NON_SPACING_MARK) {
                        break;
                    }
                    i += Character.charCount(d);
                }
            }
            tokens.add(new Token(start, i));
        }
        return tokens;
    }

    static boolean blank(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
