package io.corridor.remittance;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The word a document puts before a figure to say it is not exact ("environ 2 000 millions", "more
 * than 10 %"), in English or French. It widens the tolerance of a claim check: an approximate figure
 * is read to its leading digit, a bound ("plus de", "less than") in its direction.
 */
public enum Hedge {

    /** about, environ: the figure is rounded to its leading digit, either way. */
    approximate(Words.APPROXIMATE),
    /** more than, plus de: the value is at least the figure, and less than one more unit of its leading digit. */
    more_than(Words.MORE_THAN),
    /** less than, moins de: the value is at most the figure, and more than one unit of its leading digit less. */
    less_than(Words.LESS_THAN);

    /** Every word read, for messages and the contract's description (a constant, so annotations can name it). */
    public static final String WORDS = Words.APPROXIMATE + ", " + Words.MORE_THAN + ", " + Words.LESS_THAN;

    /** The words of each hedge, in English then French. */
    private static final class Words {
        static final String APPROXIMATE = "about, around, approximately, roughly, some, nearly, almost, close to, environ, "
                + "près de, quelque, quelques, autour de, approximativement, presque, à peu près";
        static final String MORE_THAN = "more than, over, at least, plus de, au moins";
        static final String LESS_THAN = "less than, fewer than, under, moins de";
    }

    private final List<String> words;

    Hedge(String words) {
        this.words = List.of(words.split(", "));
    }

    /** The hedge a word names: case and runs of spaces (French typography's no-break ones too) do not matter. */
    public static Hedge parse(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00A0\\u202F]+", " ").strip();
        return Stream.of(values()).filter(h -> h.words.contains(w)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("is not a hedge word this service knows: " + WORDS));
    }
}
