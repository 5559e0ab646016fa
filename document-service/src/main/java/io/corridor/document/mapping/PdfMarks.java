package io.corridor.document.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.corridor.document.Annotation;
import io.corridor.document.Motivation;
import io.corridor.document.TextualBody;
import io.corridor.document.anchoring.Quote;
import io.corridor.document.pdf.PdfMark;

/**
 * Annotations as the marks of an annotated PDF: the passages anchored in one version, each with the
 * replies under it (at any depth), oldest first. A PDF note shows plain text: comments written in
 * Markdown lose their markup, tags and linked resources follow the comments on lines of their own.
 */
public final class PdfMarks {

    private static final Pattern HEADING = Pattern.compile("(?m)^ {0,3}#{1,6}\\s+");
    private static final Pattern QUOTE = Pattern.compile("(?m)^ {0,3}>\\s?");
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\(([^)\\s]*)[^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\(([^)\\s]*)[^)]*\\)");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(\\S(?:.*?\\S)?)\\1");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])([*_])(\\S(?:.*?\\S)?)\\1(?![\\w*])");
    private static final Pattern CODE = Pattern.compile("`+([^`]*)`+");
    private static final Pattern FENCE = Pattern.compile("(?m)^ {0,3}(```|~~~).*$\\n?");
    private static final Pattern TAG = Pattern.compile("<[^>\\n]+>");

    private PdfMarks() {
    }

    /**
     * The marks of the passages of {@code version} among {@code visible} (annotations the caller may
     * see, oldest first), with their visible replies; a reply whose parent is not among them is left out.
     */
    public static List<PdfMark> of(List<Annotation> visible, int version, AnnotationWriter writer) {
        AnnotationIris iris = writer.iris();
        Map<UUID, Annotation> passages = new LinkedHashMap<>();
        Map<UUID, UUID> rootOf = new HashMap<>();
        for (Annotation a : visible) {
            if (!a.reply() && a.version != null && a.version == version && a.startPos != null && a.endPos != null
                    && a.exact != null && !a.exact.isEmpty()) {
                passages.put(a.id, a);
                rootOf.put(a.id, a.id);
            }
        }
        Map<UUID, List<PdfMark.Reply>> replies = new HashMap<>();
        for (Annotation a : visible) {
            // oldest first: a reply's parent, if visible, was met before it
            UUID root = a.reply() ? rootOf.get(a.replyTo) : null;
            if (root != null) {
                rootOf.put(a.id, root);
                replies.computeIfAbsent(root, r -> new ArrayList<>()).add(new PdfMark.Reply(iris.iri(a.id),
                        iris.iri(a.replyTo), author(a), contents(writer.parse(a.body)), a.createdAt, a.modifiedAt));
            }
        }
        List<PdfMark> marks = new ArrayList<>(passages.size());
        for (Annotation a : passages.values()) {
            marks.add(new PdfMark(iris.iri(a.id), new Quote(a.exact, a.prefix, a.suffix, a.startPos, a.endPos),
                    a.motivation, author(a), subject(a), contents(writer.parse(a.body)), a.createdAt, a.modifiedAt,
                    replies.get(a.id)));
        }
        return marks;
    }

    /** The creator's user name (Corridor knows no other name for them), with the software that wrote it for them. */
    static String author(Annotation a) {
        return a.generator == null ? a.creator : a.creator + " (" + a.generator + ")";
    }

    /** The motivation, and the status when a curator has not accepted it. */
    static String subject(Annotation a) {
        Motivation m = Motivation.of(a.motivation);
        String subject = m == null ? a.motivation : m.value();
        return Annotation.ACCEPTED.equals(a.status) ? subject : subject + " (" + a.status + ")";
    }

    /** The comments as plain text, then a line of tags and one per linked resource. */
    static String contents(JsonNode bodies) {
        List<String> comments = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        List<String> links = new ArrayList<>();
        if (bodies != null && bodies.isArray()) {
            for (JsonNode body : bodies) {
                String purpose = body.path("purpose").asText(null);
                if (body.hasNonNull("value")) {
                    String value = body.get("value").asText();
                    if (Motivation.TAGGING.value().equals(purpose)) {
                        tags.add(value);
                    } else {
                        comments.add(TextualBody.MARKDOWN.equals(body.path("format").asText(null)) ? plain(value) : value.strip());
                    }
                } else if (body.hasNonNull("source")) {
                    links.add((purpose == null ? "" : purpose + ": ") + body.get("source").asText());
                }
            }
        }
        StringBuilder out = new StringBuilder(String.join("\n\n", comments));
        if (!tags.isEmpty()) {
            out.append(out.isEmpty() ? "" : "\n\n").append("Tags: ").append(String.join(", ", tags));
        }
        for (String link : links) {
            out.append(out.isEmpty() ? "" : "\n").append(link);
        }
        return out.toString();
    }

    /** Markdown as the plain text a reader would see: markup dropped, a link's address after its text. */
    static String plain(String markdown) {
        String s = markdown.replace("\r\n", "\n");
        s = FENCE.matcher(s).replaceAll("");
        s = HEADING.matcher(s).replaceAll("");
        s = QUOTE.matcher(s).replaceAll("");
        s = IMAGE.matcher(s).replaceAll("$1");
        s = LINK.matcher(s).replaceAll("$1 ($2)");
        s = CODE.matcher(s).replaceAll("$1");
        s = STRONG.matcher(s).replaceAll("$2");
        s = EMPHASIS.matcher(s).replaceAll("$2");
        s = TAG.matcher(s).replaceAll("");
        return s.strip();
    }
}
