package io.corridor.document.extraction;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses French or English from the share of each language's most frequent function words in the
 * first 20,000 characters. The library is French and English; anything else (or too little text)
 * answers null and is searched without stemming. Deliberately simple and predictable: the
 * uploader can always state the language.
 */
public final class LanguageGuesser {

    private static final Set<String> FRENCH = Set.of("le", "la", "les", "des", "du", "de", "et", "est", "une", "un",
            "dans", "pour", "que", "qui", "sur", "par", "au", "aux", "avec", "ce", "cette", "sont", "ont", "ne", "pas",
            "plus", "leur", "leurs", "entre", "été", "nous", "ses", "son", "ou", "mais", "comme");
    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "in", "is", "that", "for", "with",
            "on", "as", "are", "was", "by", "this", "be", "from", "which", "have", "has", "it", "its", "an", "were",
            "their", "or", "not", "at", "been", "between", "but", "also", "they", "these", "than");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final int MIN_HITS = 3;

    private LanguageGuesser() {
    }

    /** "fr", "en" or null. */
    public static String guess(String text) {
        String sample = text.length() > 20_000 ? text.substring(0, 20_000) : text;
        Matcher m = WORD.matcher(sample.toLowerCase(Locale.ROOT));
        int fr = 0;
        int en = 0;
        while (m.find()) {
            String w = m.group();
            if (FRENCH.contains(w)) {
                fr++;
            }
            if (ENGLISH.contains(w)) {
                en++;
            }
        }
        if (Math.max(fr, en) < MIN_HITS) {
            return null;
        }
        if (fr >= 2 * en) {
            return "fr";
        }
        if (en >= 2 * fr) {
            return "en";
        }
        return fr > en ? "fr" : "en";
    }
}
