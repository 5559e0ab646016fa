package io.corridor.document.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import io.corridor.document.api.ConceptView;
import io.corridor.document.api.VocabularyInput;
import io.corridor.support.problem.ProblemException;
import io.corridor.support.problem.Violation;

/**
 * The rules of a vocabulary as written (JSON) or imported (SKOS): a title, at most {@value #MAX_CONCEPTS} concepts,
 * each with an absolute IRI (minted when absent), a preferred label in French or English, bounded texts, broader
 * concepts of the same vocabulary and no cycle through broader. Shape faults are 400, a vocabulary too large 413,
 * links that do not hold (unknown broader, duplicate IRI, cycle) 422; each names the field.
 */
final class VocabularyCheck {

    static final int MAX_CONCEPTS = 5_000;
    static final int MAX_TITLE = 500;
    static final int MAX_LABEL = 500;
    static final int MAX_ALT = 50;
    static final int MAX_DEFINITION = 10_000;
    static final int MAX_NOTATION = 100;
    static final int MAX_IRI = 2_000;
    private static final Pattern IRI = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:[^\\s<>\"{}|\\\\^`\\p{Cntrl}]+$");

    private VocabularyCheck() {
    }

    /** The input with IRIs minted where absent, checked; throws the problem naming every field at fault. */
    static VocabularyInput checked(VocabularyInput in) {
        if (in == null) {
            throw ProblemException.invalid("body", "is required: a vocabulary");
        }
        List<ConceptView> concepts = in.concepts() == null ? List.of() : in.concepts();
        if (concepts.size() > MAX_CONCEPTS) {
            throw new ProblemException(413, "payload-too-large", "Payload too large", "a vocabulary has at most "
                    + MAX_CONCEPTS + " concepts", List.of(Violation.field("concepts", "must have at most " + MAX_CONCEPTS + " concepts")));
        }
        List<Violation> v = new ArrayList<>();
        String title = in.title() == null ? null : in.title().strip();
        if (title == null || title.isEmpty() || title.length() > MAX_TITLE) {
            v.add(Violation.field("title", "is required, at most " + MAX_TITLE + " characters"));
        }
        String iri = in.iri() == null ? "urn:uuid:" + UUID.randomUUID() : in.iri();
        iri("iri", iri, v);
        if (in.team() != null) {
            try {
                Moderation.checkTeam(in.team());
            } catch (ProblemException e) {
                v.add(Violation.field("team", "must be a team name (ASCII letters, digits, . _ -, at most 100)"));
            }
        }
        List<ConceptView> out = new ArrayList<>();
        for (int i = 0; i < concepts.size(); i++) {
            ConceptView c = concepts.get(i);
            String at = "concepts[" + i + "]";
            if (c == null) {
                v.add(Violation.field(at, "must be a concept object"));
                continue;
            }
            String conceptIri = c.iri() == null ? "urn:uuid:" + UUID.randomUUID() : c.iri();
            iri(at + ".iri", conceptIri, v);
            if (c.prefLabel() == null || (blank(c.prefLabel().fr()) && blank(c.prefLabel().en()))) {
                v.add(Violation.field(at + ".prefLabel", "needs a French (fr) or English (en) label"));
            } else {
                text(at + ".prefLabel.fr", c.prefLabel().fr(), MAX_LABEL, v);
                text(at + ".prefLabel.en", c.prefLabel().en(), MAX_LABEL, v);
            }
            if (c.definition() != null) {
                text(at + ".definition.fr", c.definition().fr(), MAX_DEFINITION, v);
                text(at + ".definition.en", c.definition().en(), MAX_DEFINITION, v);
            }
            text(at + ".notation", c.notation(), MAX_NOTATION, v);
            if (c.altLabel() != null) {
                alt(at + ".altLabel.fr", c.altLabel().fr(), v);
                alt(at + ".altLabel.en", c.altLabel().en(), v);
            }
            List<String> broader = c.broader() == null ? List.of() : c.broader();
            if (broader.size() > MAX_ALT) {
                v.add(Violation.field(at + ".broader", "must have at most " + MAX_ALT + " concepts"));
            }
            out.add(new ConceptView(conceptIri, c.notation(), c.prefLabel(), c.altLabel(), c.definition(), broader, null));
        }
        if (!v.isEmpty()) {
            throw ProblemException.invalid(v);
        }
        links(out);
        return new VocabularyInput(iri, title, in.team(), out);
    }

    /** Unique IRIs, broader within the vocabulary, and no cycle: 422 naming the first concept at fault. */
    private static void links(List<ConceptView> concepts) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < concepts.size(); i++) {
            if (index.putIfAbsent(concepts.get(i).iri(), i) != null) {
                throw unprocessable("concepts[" + i + "].iri", "repeats the concept " + concepts.get(i).iri());
            }
        }
        Map<String, List<String>> up = new HashMap<>();
        for (int i = 0; i < concepts.size(); i++) {
            ConceptView c = concepts.get(i);
            for (int j = 0; j < c.broader().size(); j++) {
                String b = c.broader().get(j);
                if (!index.containsKey(b)) {
                    throw unprocessable("concepts[" + i + "].broader[" + j + "]", "names " + b
                            + ", which is no concept of this vocabulary");
                }
            }
            up.put(c.iri(), c.broader());
        }
        // iterative depth-first search over broader: grey on the path, black when done
        Set<String> done = new HashSet<>();
        for (String start : index.keySet()) {
            if (done.contains(start)) {
                continue;
            }
            Set<String> path = new HashSet<>();
            List<Object[]> stack = new ArrayList<>();
            stack.add(new Object[] { start, 0 });
            path.add(start);
            while (!stack.isEmpty()) {
                Object[] top = stack.get(stack.size() - 1);
                String node = (String) top[0];
                int next = (Integer) top[1];
                List<String> parents = up.get(node);
                if (next < parents.size()) {
                    top[1] = next + 1;
                    String p = parents.get(next);
                    if (path.contains(p)) {
                        throw unprocessable("concepts[" + index.get(node) + "].broader",
                                "makes a cycle: " + node + " is (transitively) broader than itself");
                    }
                    if (!done.contains(p)) {
                        path.add(p);
                        stack.add(new Object[] { p, 0 });
                    }
                } else {
                    stack.remove(stack.size() - 1);
                    path.remove(node);
                    done.add(node);
                }
            }
        }
    }

    private static ProblemException unprocessable(String field, String message) {
        return ProblemException.unprocessable(field + " " + message, List.of(Violation.field(field, message)));
    }

    private static void iri(String at, String value, List<Violation> v) {
        if (value.length() > MAX_IRI || !IRI.matcher(value).matches()) {
            v.add(Violation.field(at, "must be an absolute IRI of at most " + MAX_IRI + " characters"));
        }
    }

    private static void text(String at, String value, int max, List<Violation> v) {
        if (value != null && (value.isBlank() || value.codePointCount(0, value.length()) > max)) {
            v.add(Violation.field(at, "must not be blank, at most " + max + " characters"));
        }
    }

    private static void alt(String at, List<String> values, List<Violation> v) {
        if (values == null) {
            return;
        }
        if (values.size() > MAX_ALT) {
            v.add(Violation.field(at, "must have at most " + MAX_ALT + " labels"));
            return;
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                v.add(Violation.field(at + "[" + i + "]", "must be a string"));
            } else {
                text(at + "[" + i + "]", values.get(i), MAX_LABEL, v);
            }
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
