package io.corridor.document.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.corridor.document.Document;
import io.corridor.document.DocumentFilter;
import io.corridor.document.DocumentKind;
import io.corridor.support.problem.ProblemException;
import io.corridor.support.problem.Violation;
import io.corridor.support.time.PartialDate;

/**
 * A document's client-owned metadata, validated. Each rule names its field; all faults of a
 * request are reported together.
 */
public record DocumentMetadata(String title, List<String> authors, Long issuer, PartialDate date, String language,
        String kind, String sourceUrl, List<String> tags) {

    private static final Pattern TAG = Pattern.compile("^[\\p{L}\\p{N}][\\p{L}\\p{N} _.-]{0,49}$");
    static final int MAX_TITLE = 1000;
    static final int MAX_AUTHOR = 300;
    static final int MAX_LIST = 50;

    /** Form fields as sent (strings); blank means absent. The title defaults to the file name. */
    public static DocumentMetadata fromForm(String title, List<String> authors, String issuer, String date,
            String language, String kind, String sourceUrl, List<String> tags, String fileName) {
        List<Violation> v = new ArrayList<>();
        String t = DocumentFilter.blankToNull(title);
        if (t == null && fileName != null && !fileName.isBlank()) {
            String name = fileName.strip();
            int dot = name.lastIndexOf('.');
            t = dot > 0 ? name.substring(0, dot) : name;
        }
        DocumentMetadata m = new DocumentMetadata(title(t, v), authors(authors, v), issuer(issuer, v),
                date(date, v), language(language, v), kind(DocumentFilter.blankToNull(kind) == null ? "other" : kind, v),
                sourceUrl(sourceUrl, v), tags(splitTags(tags), v));
        if (!v.isEmpty()) {
            throw ProblemException.invalid(v);
        }
        return m;
    }

    static String title(String value, List<Violation> v) {
        String t = DocumentFilter.blankToNull(value);
        if (t == null) {
            v.add(Violation.field("title", "is required"));
        } else if (t.length() > MAX_TITLE) {
            v.add(Violation.field("title", "must be at most " + MAX_TITLE + " characters"));
        }
        return t;
    }

    static List<String> authors(List<String> values, List<Violation> v) {
        List<String> out = new ArrayList<>();
        for (String a : values == null ? List.<String> of() : values) {
            String s = DocumentFilter.blankToNull(a);
            if (s == null) {
                continue;
            }
            if (s.length() > MAX_AUTHOR) {
                v.add(Violation.field("authors", "each author must be at most " + MAX_AUTHOR + " characters"));
            } else if (!out.contains(s)) {
                out.add(s);
            }
        }
        if (out.size() > MAX_LIST) {
            v.add(Violation.field("authors", "must name at most " + MAX_LIST + " authors"));
        }
        return out;
    }

    static Long issuer(String value, List<Violation> v) {
        String s = DocumentFilter.blankToNull(value);
        if (s == null) {
            return null;
        }
        try {
            long id = Long.parseLong(s);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        v.add(Violation.field("issuer", s, "must be the positive id of an actor"));
        return null;
    }

    static PartialDate date(String value, List<Violation> v) {
        try {
            return PartialDate.parse(value);
        } catch (IllegalArgumentException e) {
            v.add(Violation.field("date", value, e.getMessage()));
            return null;
        }
    }

    static String language(String value, List<Violation> v) {
        String s = DocumentFilter.blankToNull(value);
        if (s == null) {
            return null;
        }
        if (!Document.LANGUAGE.matcher(s).matches()) {
            v.add(Violation.field("language", s, "must be a language tag such as fr or en"));
            return null;
        }
        String[] parts = s.split("-", 2);
        return parts[0].toLowerCase(Locale.ROOT) + (parts.length > 1 ? "-" + parts[1] : "");
    }

    static String kind(String value, List<Violation> v) {
        String s = DocumentFilter.blankToNull(value);
        if (s == null || !DocumentKind.isKnown(s)) {
            v.add(Violation.field("kind", s, "must be one of " + DocumentKind.allowed()));
            return null;
        }
        return s;
    }

    static String sourceUrl(String value, List<Violation> v) {
        String s = DocumentFilter.blankToNull(value);
        if (s == null) {
            return null;
        }
        try {
            URI uri = new URI(s);
            if (uri.isAbsolute() && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && s.length() <= 2000) {
                return s;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        v.add(Violation.field("sourceUrl", s.length() > 200 ? null : s, "must be an absolute http or https URL"));
        return null;
    }

    /** Tags may come as repeated fields or comma-separated. */
    static List<String> splitTags(List<String> values) {
        List<String> out = new ArrayList<>();
        for (String value : values == null ? List.<String> of() : values) {
            if (value != null) {
                out.addAll(List.of(value.split(",")));
            }
        }
        return out;
    }

    /** Tags are compared in lower case, without duplicates. */
    static List<String> tags(List<String> values, List<Violation> v) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String value : values == null ? List.<String> of() : values) {
            String s = DocumentFilter.blankToNull(value);
            if (s == null) {
                continue;
            }
            s = s.toLowerCase(Locale.ROOT);
            if (!TAG.matcher(s).matches()) {
                v.add(Violation.field("tags", s.length() > 60 ? null : s,
                        "each tag must be 1 to 50 letters, digits, spaces, '.', '_' or '-', starting with a letter or digit"));
            } else {
                out.add(s);
            }
        }
        if (out.size() > MAX_LIST) {
            v.add(Violation.field("tags", "must hold at most " + MAX_LIST + " tags"));
        }
        return List.copyOf(out);
    }

}
