package io.corridor.bench;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The floor of mention detection: no automaton at all. The text is folded the way the registry
 * folds names (lower case, accents off, typographic apostrophe as '), then for each alias in turn
 * {@code String.indexOf} walks the whole folded text, and each hit is kept when it stands on word
 * boundaries. Cost grows with aliases × text, which is what an automaton is there to avoid.
 */
final class NaiveScan {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final List<String> aliases;

    NaiveScan(List<String> names) {
        this.aliases = names.stream().map(NaiveScan::fold).filter(a -> !a.isBlank()).distinct().toList();
    }

    int aliases() {
        return aliases.size();
    }

    /** The number of word-bounded occurrences of every alias in the text. */
    long mentions(String text) {
        String folded = fold(text);
        long found = 0;
        for (String alias : aliases) {
            for (int at = folded.indexOf(alias); at >= 0; at = folded.indexOf(alias, at + 1)) {
                int end = at + alias.length();
                if ((at == 0 || !Character.isLetterOrDigit(folded.charAt(at - 1)))
                        && (end == folded.length() || !Character.isLetterOrDigit(folded.charAt(end)))) {
                    found++;
                }
            }
        }
        return found;
    }

    /** Like the registry's corridor_fold: lower case, no accents, ’ as '. Lengths may move; a floor needs no offsets. */
    static String fold(String s) {
        return MARKS.matcher(Normalizer.normalize(s.replace('’', '\''), Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
    }
}
