package io.corridor.document;

import java.util.ArrayList;
import java.util.List;

import io.corridor.support.problem.ProblemException;
import io.corridor.support.problem.Violation;
import io.corridor.support.time.PartialDate;

/** Validated listing and search filters; every one is optional. */
public record DocumentFilter(String kind, String language, PartialDate from, PartialDate to, String tag) {

    public static DocumentFilter of(String kind, String language, String from, String to, String tag) {
        List<Violation> violations = new ArrayList<>();
        String k = blankToNull(kind);
        if (k != null && !DocumentKind.isKnown(k)) {
            violations.add(Violation.field("kind", k, "must be one of " + DocumentKind.allowed()));
        }
        String lang = blankToNull(language);
        if (lang != null && !Document.LANGUAGE.matcher(lang).matches()) {
            violations.add(Violation.field("language", lang, "must be a language tag such as fr or en"));
        }
        PartialDate f = date("from", from, violations);
        PartialDate t = date("to", to, violations);
        if (f != null && t != null && f.start().isAfter(t.end())) {
            violations.add(Violation.field("to", to, "must not be before from"));
        }
        String g = blankToNull(tag);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations);
        }
        return new DocumentFilter(k, lang == null ? null : lang.toLowerCase(), f, t, g == null ? null : g.toLowerCase());
    }

    private static PartialDate date(String field, String value, List<Violation> violations) {
        try {
            return PartialDate.parse(value);
        } catch (IllegalArgumentException e) {
            violations.add(Violation.field(field, value, e.getMessage()));
            return null;
        }
    }

    /** What a client left empty is absent; anything else loses its surrounding blanks. */
    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}
