package io.corridor.document.rest;

import java.util.Locale;

/**
 * Which of the two JSON media types an annotation answer takes (RFC 9110 12.5.1): the Accept range
 * most specific to each type gives its quality, and plain JSON wins only with a higher one, so
 * wildcards and ties get JSON-LD with the annotation profile.
 */
final class Negotiation {

    private Negotiation() {
    }

    static boolean prefersPlainJson(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        return quality(accept, "json") > quality(accept, "ld+json");
    }

    /** The quality the Accept header gives to application/{subtype}; 0 when no range matches. */
    static double quality(String accept, String subtype) {
        int best = -1;
        double q = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String[] name = parts[0].strip().toLowerCase(Locale.ROOT).split("/", 2);
            if (name.length != 2) {
                continue;
            }
            int specificity;
            if (name[0].equals("*") && name[1].equals("*")) {
                specificity = 0;
            } else if (name[0].equals("application") && name[1].equals("*")) {
                specificity = 1;
            } else if (name[0].equals("application") && name[1].equals(subtype)) {
                specificity = 2;
            } else {
                continue;
            }
            double rangeQ = 1;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].strip().toLowerCase(Locale.ROOT);
                if (parameter.startsWith("q=")) {
                    try {
                        rangeQ = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException e) {
                        rangeQ = 0;
                    }
                }
            }
            if (specificity > best) {
                best = specificity;
                q = rangeQ;
            } else if (specificity == best) {
                q = Math.max(q, rangeQ);
            }
        }
        return q;
    }
}
