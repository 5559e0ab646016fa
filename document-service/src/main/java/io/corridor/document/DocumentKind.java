package io.corridor.document;

import java.util.Arrays;

/** What a document is; stored and exchanged as the lower-case name. */
public enum DocumentKind {
    ACADEMIC_ARTICLE, POLICY_BRIEFING, OFFICIAL_COMMUNIQUE, WHITE_PAPER, COUNTRY_FACTSHEET, PRESS_ARTICLE,
    INTERVIEW, DATASET_NOTE, OTHER;

    public String value() {
        return name().toLowerCase();
    }


    public static boolean isKnown(String value) {
        return value != null && Arrays.stream(values()).anyMatch(k -> k.value().equals(value));
    }

    public static String allowed() {
        return String.join(", ", Arrays.stream(values()).map(DocumentKind::value).toList());
    }
}
