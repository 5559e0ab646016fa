package io.corridor.document.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.corridor.support.problem.ProblemException;
import io.corridor.support.problem.Violation;

/**
 * A document as WebAnno TSV 3.3 (INCEpTION's "WebAnno TSV 3", see docs/interchange.md): a header
 * declaring the span layer {@value InterchangeTypes#PASSAGE} and the relation layer
 * {@value InterchangeTypes#LINK}, then one sentence per line of text ({@code #Text=}) with a row per
 * token: id, UTF-16 offsets, the token, then the feature columns. A passage over several tokens, or
 * stacked with another on a token, carries a disambiguation id {@code [N]}; a relation is written on
 * its dependent's first token with its governor's token (and both ids when either is ambiguous).
 * Reading takes the columns the header declares, skips other layers, and answers a 400 naming the
 * line of any fault.
 */
public final class WebAnnoTsv {

    public static final String MEDIA_TYPE = "text/tab-separated-values";

    private static final String FORMAT = "#FORMAT=WebAnno TSV 3.3";
    private static final List<String> SPAN_FEATURES = List.of(InterchangeTypes.COMMENT, InterchangeTypes.MOTIVATION,
            InterchangeTypes.TAGS);
    private static final Pattern HEADER = Pattern.compile("^#FORMAT=WebAnno TSV 3(\\.\\d+)?$");
    private static final Pattern TOKEN_ID = Pattern.compile("^\\d+-\\d+(\\.\\d+)?$");
    private static final Pattern OFFSETS = Pattern.compile("^(\\d{1,9})-(\\d{1,9})$");
    private static final Pattern GOVERNOR = Pattern.compile("^(\\d+-\\d+(?:\\.\\d+)?)(?:\\[(\\d+)_(\\d+)\\])?$");
    /** A value's disambiguation id: an unescaped [N] at its end. */
    private static final Pattern DISAMBIGUATION = Pattern.compile("^(.*?)(?<!\\\\)\\[(\\d+)\\]$", Pattern.DOTALL);

    private WebAnnoTsv() {
    }

    // ------------------------------------------------------------------------------------------
    // Writing
    // ------------------------------------------------------------------------------------------

    public static String write(InterchangeDocument document) {
        String text = document.text();
        Utf16Offsets at = new Utf16Offsets(text);
        List<int[]> ranges = new ArrayList<>();
        List<Integer> cuts = new ArrayList<>();
        for (InterchangeDocument.Span s : document.spans()) {
            ranges.add(new int[] { at.unit(s.start()), at.unit(s.end()) });
            cuts.add(at.unit(s.start()));
            cuts.add(at.unit(s.end()));
        }
        List<Segmentation.Sentence> sentences = Segmentation.of(text, cuts);
        // every token in order, with its id and the passages on it
        List<Segmentation.Token> tokens = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<Segmentation.Token> in = sentences.get(s).tokens();
            for (int t = 0; t < in.size(); t++) {
                tokens.add(in.get(t));
                ids.add((s + 1) + "-" + (t + 1));
            }
        }
        List<List<Integer>> onToken = new ArrayList<>();
        tokens.forEach(t -> onToken.add(new ArrayList<>()));
        int[] first = new int[ranges.size()];
        int[] count = new int[ranges.size()];
        for (int i = 0; i < ranges.size(); i++) {
            first[i] = -1;
            int from = firstTokenAtOrAfter(tokens, ranges.get(i)[0]);
            for (int t = from; t < tokens.size() && tokens.get(t).end() <= ranges.get(i)[1]; t++) {
                onToken.get(t).add(i);
                if (first[i] < 0) {
                    first[i] = t;
                }
                count[i]++;
            }
        }
        int[] disambiguation = new int[ranges.size()];
        int next = 1;
        for (int i = 0; i < ranges.size(); i++) {
            boolean stacked = false;
            for (int t = first[i]; t >= 0 && t < first[i] + count[i]; t++) {
                stacked |= onToken.get(t).size() > 1;
            }
            if (count[i] > 1 || stacked) {
                disambiguation[i] = next++;
            }
        }
        Map<Integer, List<InterchangeDocument.Relation>> byDependentToken = new HashMap<>();
        for (InterchangeDocument.Relation r : document.relations()) {
            if (first[r.governor()] >= 0 && first[r.dependent()] >= 0) {
                byDependentToken.computeIfAbsent(first[r.dependent()], k -> new ArrayList<>()).add(r);
            }
        }

        StringBuilder out = new StringBuilder();
        out.append(FORMAT).append('\n');
        out.append("#T_SP=").append(InterchangeTypes.PASSAGE).append('|').append(String.join("|", SPAN_FEATURES)).append('\n');
        out.append("#T_RL=").append(InterchangeTypes.LINK).append('|').append(InterchangeTypes.LABEL).append("|BT_")
                .append(InterchangeTypes.PASSAGE).append('\n');
        out.append("\n\n");
        int t = 0;
        for (Segmentation.Sentence sentence : sentences) {
            out.append("#Text=").append(escapeText(text.substring(sentence.begin(), sentence.end()))).append('\n');
            for (int k = 0; k < sentence.tokens().size(); k++, t++) {
                Segmentation.Token token = tokens.get(t);
                out.append(ids.get(t)).append('\t').append(token.begin()).append('-').append(token.end()).append('\t')
                        .append(escapeText(text.substring(token.begin(), token.end())));
                List<Integer> here = onToken.get(t);
                for (String feature : SPAN_FEATURES) {
                    out.append('\t');
                    if (here.isEmpty()) {
                        out.append('_');
                        continue;
                    }
                    List<String> values = new ArrayList<>();
                    for (int i : here) {
                        InterchangeDocument.Span span = document.spans().get(i);
                        values.add(value(feature(span, feature)) + (disambiguation[i] > 0 ? "[" + disambiguation[i] + "]" : ""));
                    }
                    out.append(String.join("|", values));
                }
                List<InterchangeDocument.Relation> relations = byDependentToken.getOrDefault(t, List.of());
                if (relations.isEmpty()) {
                    out.append("\t_\t_");
                } else {
                    List<String> labels = new ArrayList<>();
                    List<String> governors = new ArrayList<>();
                    for (InterchangeDocument.Relation r : relations) {
                        labels.add(value(r.label()));
                        int g = disambiguation[r.governor()];
                        int d = disambiguation[r.dependent()];
                        governors.add(ids.get(first[r.governor()]) + (g > 0 || d > 0 ? "[" + g + "_" + d + "]" : ""));
                    }
                    out.append('\t').append(String.join("|", labels)).append('\t').append(String.join("|", governors));
                }
                out.append('\n');
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static int firstTokenAtOrAfter(List<Segmentation.Token> tokens, int begin) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).begin() < begin) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static String feature(InterchangeDocument.Span span, String feature) {
        return switch (feature) {
            case InterchangeTypes.COMMENT -> span.comment();
            case InterchangeTypes.MOTIVATION -> span.motivation();
            default -> InterchangeTypes.joinTags(span.tags());
        };
    }

    /** A feature value: escaped, or * when it has none. */
    private static String value(String v) {
        return v == null || v.isEmpty() ? "*" : escapeValue(v);
    }

    static String escapeValue(String v) {
        StringBuilder out = new StringBuilder(v.length() + 8);
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '\\', '[', ']', '|', '_', ';', '*' -> out.append('\\').append(c);
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '-' -> out.append(i + 1 < v.length() && v.charAt(i + 1) == '>' ? "\\-" : "-");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String escapeText(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r");
    }

    // ------------------------------------------------------------------------------------------
    // Reading
    // ------------------------------------------------------------------------------------------

    /** Where the columns of a layer feature sit in a row (0 = the first column after the token). */
    private record Columns(Map<String, Integer> passage, int label, int governor, int total) {
    }

    /** A passage being read: its first and last token offsets (UTF-16) and its features. */
    private static final class Reading {
        int begin = Integer.MAX_VALUE;
        int end = -1;
        final Map<String, String> features = new HashMap<>();
        int line;
    }

    private record PendingRelation(int line, String label, String governorToken, int governorId, String dependentToken,
            int dependentId) {
    }

    public static InterchangeDocument read(String tsv) {
        String[] lines = tsv.split("\n", -1);
        if (lines.length == 0 || !HEADER.matcher(strip(lines[0])).matches()) {
            throw fault(1, "must start with #FORMAT=WebAnno TSV 3.x");
        }
        int n = 1;
        List<String[]> layers = new ArrayList<>();
        while (n < lines.length && strip(lines[n]).startsWith("#T_")) {
            String line = strip(lines[n]);
            if (!line.startsWith("#T_SP=") && !line.startsWith("#T_CH=") && !line.startsWith("#T_RL=")) {
                throw fault(n + 1, "declares a layer as #T_SP=, #T_CH= or #T_RL= (found " + cut(line) + ")");
            }
            layers.add(new String[] { line.substring(3, 5), line.substring(6) });
            n++;
        }
        Columns columns = columns(layers, n);
        StringBuilder text = new StringBuilder();
        List<String> sentence = new ArrayList<>();
        int sentenceBegin = -1;
        Map<String, Reading> passages = new LinkedHashMap<>();
        Map<String, List<String>> keysOnToken = new HashMap<>();
        Map<String, int[]> tokenOffsets = new HashMap<>();
        List<PendingRelation> pending = new ArrayList<>();
        for (; n < lines.length; n++) {
            int lineNo = n + 1;
            String line = strip(lines[n]);
            if (line.isEmpty()) {
                sentence.clear();
                sentenceBegin = -1;
                continue;
            }
            if (line.startsWith("#Text=")) {
                sentence.add(unescapeText(line.substring("#Text=".length())));
                continue;
            }
            if (line.startsWith("#")) {
                continue; // #Sentence.id= and comments
            }
            String[] cells = line.split("\t", -1);
            if (cells.length == 3 + columns.total() + 1 && cells[cells.length - 1].isEmpty()) {
                cells = java.util.Arrays.copyOf(cells, cells.length - 1); // older writers end rows with a tab
            }
            if (cells.length != 3 + columns.total()) {
                throw fault(lineNo, "has " + cells.length + " columns: the header declares " + (3 + columns.total()));
            }
            if (!TOKEN_ID.matcher(cells[0]).matches()) {
                throw fault(lineNo, "must start with a token id such as 1-3 (found " + cut(cells[0]) + ")");
            }
            Matcher offsets = OFFSETS.matcher(cells[1]);
            if (!offsets.matches()) {
                throw fault(lineNo, "must give the token's offsets as begin-end (found " + cut(cells[1]) + ")");
            }
            int begin = Integer.parseInt(offsets.group(1));
            int end = Integer.parseInt(offsets.group(2));
            if (sentence.isEmpty()) {
                throw fault(lineNo, "is a token row without a #Text= line before it");
            }
            if (sentenceBegin < 0) {
                sentenceBegin = begin;
                if (begin < text.length()) {
                    throw fault(lineNo, "starts a sentence at " + begin + ", inside the text before it (" + text.length() + ")");
                }
                while (text.length() < begin) {
                    text.append('\n'); // the TSV does not record what lies between sentences
                }
                text.append(String.join("\n", sentence));
            }
            if (end < begin || end > text.length()) {
                throw fault(lineNo, "has offsets " + begin + "-" + end + " outside its sentence (which ends at " + text.length() + ")");
            }
            tokenOffsets.put(cells[0], new int[] { begin, end });
            readPassages(cells, columns, lineNo, begin, end, passages, keysOnToken);
            readRelations(cells, columns, lineNo, pending);
        }
        String full = text.toString();
        Utf16Offsets at = new Utf16Offsets(full);
        List<InterchangeDocument.Span> spans = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (Map.Entry<String, Reading> e : passages.entrySet()) {
            Reading r = e.getValue();
            int start = at.codePoint(r.begin);
            int stop = at.codePoint(r.end);
            if (start < 0 || stop < 0 || stop <= start) {
                throw fault(r.line, "has a passage at " + r.begin + "-" + r.end + " that splits a character or is empty");
            }
            index.put(e.getKey(), spans.size());
            spans.add(new InterchangeDocument.Span(start, stop, r.features.get(InterchangeTypes.MOTIVATION),
                    InterchangeTypes.splitTags(r.features.get(InterchangeTypes.TAGS)), r.features.get(InterchangeTypes.COMMENT)));
        }
        List<InterchangeDocument.Relation> relations = new ArrayList<>();
        for (PendingRelation p : pending) {
            Integer governor = endpoint(p.governorToken(), p.governorId(), keysOnToken, index);
            Integer dependent = endpoint(p.dependentToken(), p.dependentId(), keysOnToken, index);
            if (governor == null || dependent == null) {
                throw fault(p.line(), "has a relation whose " + (governor == null ? "governor (" + p.governorToken() + ")"
                        : "dependent") + " is not one " + InterchangeTypes.PASSAGE + " annotation: give its disambiguation ids");
            }
            relations.add(new InterchangeDocument.Relation(governor, dependent, p.label()));
        }
        return new InterchangeDocument(full, spans, relations);
    }

    private static Columns columns(List<String[]> layers, int headerEnd) {
        Map<String, Integer> passage = new HashMap<>();
        int label = -1;
        int governor = -1;
        int column = 0;
        for (int l = 0; l < layers.size(); l++) {
            String kind = layers.get(l)[0];
            String[] parts = layers.get(l)[1].split("\\|", -1);
            String layer = parts[0];
            if (layer.isBlank()) {
                throw fault(l + 2, "declares a layer without a name");
            }
            if (kind.equals("CH")) {
                column += 2; // referenceType and referenceRelation
                continue;
            }
            for (int f = 1; f < parts.length; f++) {
                String feature = parts[f];
                if (feature.startsWith("ROLE_")) {
                    column += 2; // a slot feature: its roles, then its targets
                    f++; // the next item names the slot's target type, not a column
                    continue;
                }
                if (feature.startsWith("BT_")) {
                    if (layer.equals(InterchangeTypes.LINK)) {
                        governor = column;
                    }
                    column++;
                    continue;
                }
                if (layer.equals(InterchangeTypes.PASSAGE) && SPAN_FEATURES.contains(feature)) {
                    passage.put(feature, column);
                } else if (layer.equals(InterchangeTypes.LINK) && feature.equals(InterchangeTypes.LABEL)) {
                    label = column;
                }
                column++;
            }
            if (kind.equals("SP") && parts.length == 1) {
                column++; // a span layer without features still has its column
            }
        }
        if (passage.isEmpty()) {
            throw fault(Math.max(1, headerEnd), "declares no " + InterchangeTypes.PASSAGE
                    + " span layer with a comment, motivation or tags feature (#T_SP=" + InterchangeTypes.PASSAGE + "|comment|motivation|tags)");
        }
        return new Columns(passage, label, governor, column);
    }

    private static void readPassages(String[] cells, Columns columns, int lineNo, int begin, int end, Map<String, Reading> passages,
            Map<String, List<String>> keysOnToken) {
        List<String> keys = new ArrayList<>();
        for (Map.Entry<String, Integer> feature : columns.passage().entrySet()) {
            String cell = cells[3 + feature.getValue()];
            if (cell.equals("_")) {
                continue;
            }
            List<String> stacked = splitUnescaped(cell, '|');
            for (int k = 0; k < stacked.size(); k++) {
                String raw = stacked.get(k);
                Matcher id = DISAMBIGUATION.matcher(raw);
                String key;
                String value;
                if (id.matches()) {
                    key = "#" + id.group(2);
                    value = id.group(1);
                } else {
                    key = cells[0] + "/" + k;
                    value = raw;
                }
                Reading r = passages.computeIfAbsent(key, x -> new Reading());
                if (r.line == 0) {
                    r.line = lineNo;
                }
                r.begin = Math.min(r.begin, begin);
                r.end = Math.max(r.end, end);
                if (!value.equals("*") && !value.isEmpty()) {
                    r.features.put(feature.getKey(), unescapeValue(value));
                }
                if (!keys.contains(key)) {
                    keys.add(key);
                }
            }
        }
        if (passages.size() > MAX_PASSAGES) {
            throw fault(lineNo, "brings the passages over " + MAX_PASSAGES + ": split the document");
        }
        keysOnToken.put(cells[0], keys);
    }

    /** More passages than an import may hold are refused while reading, before they fill memory. */
    static final int MAX_PASSAGES = 20_000;

    private static void readRelations(String[] cells, Columns columns, int lineNo, List<PendingRelation> pending) {
        if (columns.governor() < 0) {
            return;
        }
        String targets = cells[3 + columns.governor()];
        if (targets.equals("_")) {
            return;
        }
        List<String> governors = splitUnescaped(targets, '|');
        List<String> labels = columns.label() < 0 ? List.of() : splitUnescaped(cells[3 + columns.label()], '|');
        for (int k = 0; k < governors.size(); k++) {
            Matcher g = GOVERNOR.matcher(governors.get(k));
            if (!g.matches()) {
                throw fault(lineNo, "names a relation's governor as " + cut(governors.get(k)) + ": must be a token id such as 1-3 or 1-3[2_0]");
            }
            String label = k < labels.size() && !labels.get(k).equals("*") && !labels.get(k).equals("_") ? unescapeValue(labels.get(k)) : null;
            int gid = g.group(2) == null ? 0 : Integer.parseInt(g.group(2));
            int did = g.group(3) == null ? 0 : Integer.parseInt(g.group(3));
            pending.add(new PendingRelation(lineNo, label, g.group(1), gid, cells[0], did));
        }
    }

    /** The passage a relation end names: by its disambiguation id, else the only passage on the token. */
    private static Integer endpoint(String token, int id, Map<String, List<String>> keysOnToken, Map<String, Integer> index) {
        if (id > 0) {
            return index.get("#" + id);
        }
        List<String> keys = keysOnToken.getOrDefault(token, List.of());
        return keys.size() == 1 ? index.get(keys.get(0)) : null;
    }

    static List<String> splitUnescaped(String cell, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length()) {
                part.append(c).append(cell.charAt(++i));
            } else if (c == separator) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }

    static String unescapeValue(String v) {
        StringBuilder out = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c != '\\' || i + 1 == v.length()) {
                out.append(c);
                continue;
            }
            char e = v.charAt(++i);
            out.append(switch (e) {
                case 't' -> '\t';
                case 'n' -> '\n';
                case 'r' -> '\r';
                default -> e;
            });
        }
        return out.toString();
    }

    private static String unescapeText(String text) {
        return unescapeValue(text);
    }

    /** A line without the carriage return of a CRLF file. */
    private static String strip(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    private static String cut(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private static ProblemException fault(int line, String message) {
        return new ProblemException(400, "validation", "Invalid request", "line " + line + " " + message,
                List.of(Violation.row(line, "body", null, message)));
    }
}
