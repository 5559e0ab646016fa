package io.corridor.document.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import io.corridor.document.AnnotationBody;
import io.corridor.document.AnnotationDraft;
import io.corridor.document.Motivation;
import io.corridor.document.SpecificResource;
import io.corridor.document.TextPositionSelector;
import io.corridor.document.TextQuoteSelector;
import io.corridor.document.TextualBody;
import io.corridor.document.Visibility;
import io.corridor.support.problem.ProblemException;
import io.corridor.support.problem.Violation;

/**
 * Reads W3C Web Annotation JSON-LD into a draft. Reading is strict: a property, motivation, purpose, format or
 * selector Corridor does not know is a 400 naming it ({@code body[1].purpose}), so that nothing a client sends is
 * silently lost. Properties the server owns ({@code id}, {@code creator}, {@code created}, {@code modified},
 * {@code status}, {@code anchorState}, {@code layer}, ...) are accepted and ignored, so that a client may PUT back what it read.
 * {@link AnnotationWriter} writes the same form.
 */
@ApplicationScoped
public class AnnotationReader {

    /** Limits that keep one annotation a note, not a document. */
    public static final int MAX_BODIES = 50;
    public static final int MAX_VALUE = 10_000;
    public static final int MAX_TAG = 100;
    public static final int MAX_QUOTE = 100_000;
    public static final int MAX_IRI = 2_000;

    private static final Set<String> IGNORED = Set.of("@context", "id", "creator", "created", "modified", "generator",
            "generated", "status", "anchorState", "moderation", "layer");
    private static final Set<String> BODY_IGNORED = Set.of("id", "creator", "created", "modified");
    private static final Pattern DOCUMENT = Pattern.compile("^(?:https?://[^/?#]+)?/api/v1/documents/(\\d{1,18})$");
    private static final Pattern ACTOR = Pattern.compile("^(?:https?://[^/?#]+)?/api/v1/actors/(\\d{1,18})$");
    private static final Pattern LINK = Pattern.compile("^(?:https?://[^\\s]+|/api/v1/[^\\s]+|urn:[^\\s]+)$");
    private static final Pattern LANGUAGE = Pattern.compile("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$");
    private static final Set<String> FORMATS = Set.of(TextualBody.PLAIN, TextualBody.MARKDOWN);
    /** An absolute IRI (RFC 3987): a scheme, then no space, control or character IRIs exclude. */
    private static final Pattern IRI = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:[^\\s<>\"{}|\\\\^`\\p{Cntrl}]+$");
    public static final int MAX_VIA = 20;
    /** Passages one relation links at most. */
    public static final int MAX_TARGETS = 20;

    /** The draft a request body describes; every fault found is named in one 400 problem. */
    public AnnotationDraft read(JsonNode node) {
        List<Violation> v = new ArrayList<>();
        if (node == null || !node.isObject()) {
            throw ProblemException.invalid("body", "must be a JSON object (a W3C Web Annotation)");
        }
        Motivation motivation = null;
        List<AnnotationBody> bodies = new ArrayList<>();
        AnnotationDraft.Target target = null;
        Visibility visibility = null;
        String canonical = null;
        String via = null;
        boolean sawBody = false;
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (IGNORED.contains(name)) {
                continue;
            }
            switch (name) {
                case "type" -> {
                    if (!"Annotation".equals(value.asText(null)) && !(value.isArray() && contains(value, "Annotation"))) {
                        v.add(Violation.field("type", "must be Annotation"));
                    }
                }
                case "motivation" -> motivation = motivation(value, v);
                case "body" -> {
                    sawBody = true;
                    bodies.addAll(bodies(value, v));
                }
                case "bodyValue" -> {
                    if (!value.isTextual()) {
                        v.add(Violation.field("bodyValue", "must be a string"));
                    } else {
                        bodies.add(textual("bodyValue", value.asText(), null, null, null, v));
                    }
                }
                case "target" -> target = target(value, v);
                case "canonical" -> canonical = iri("canonical", value, v);
                case "via" -> via = via(value, v);
                case "visibility" -> {
                    visibility = value.isTextual() ? Visibility.of(value.asText()) : null;
                    if (visibility == null) {
                        v.add(Violation.field("visibility", "must be private, team or public"));
                    }
                }
                default -> v.add(Violation.field(name, "is not a property of an annotation that Corridor accepts"));
            }
        }
        if (sawBody && node.has("bodyValue")) {
            v.add(Violation.field("bodyValue", "cannot be given together with body"));
        }
        if (target == null && !node.has("target")) {
            v.add(Violation.field("target", "is required"));
        }
        if (motivation == null && !node.has("motivation") && target != null) {
            motivation = DefaultMotivation.of(bodies, target);
        }
        if (node.path("body").isArray() && node.path("body").size() > MAX_BODIES) {
            v.add(Violation.field("body", "must have at most " + MAX_BODIES + " bodies"));
        }
        if (motivation != null && target != null) {
            if (motivation == Motivation.REPLYING && !(target instanceof AnnotationDraft.Reply)) {
                v.add(Violation.field("target", "of a reply must be the IRI of the annotation it answers"));
            }
            if (motivation != Motivation.REPLYING && target instanceof AnnotationDraft.Reply) {
                v.add(Violation.field("motivation", "must be replying when the target is an annotation"));
            }
            if (motivation != Motivation.LINKING && target instanceof AnnotationDraft.Linked) {
                v.add(Violation.field("motivation", "must be linking when there are several targets (a relation)"));
            }
        }
        if (!v.isEmpty()) {
            throw ProblemException.invalid(v);
        }
        return new AnnotationDraft(motivation, bodies, target, visibility, canonical, via);
    }

    /** An absolute IRI given as a JSON string, or null with a violation naming {@code at}. */
    private static String iri(String at, JsonNode value, List<Violation> v) {
        if (!value.isTextual()) {
            v.add(Violation.field(at, "must be one IRI (a string)"));
            return null;
        }
        String text = value.asText();
        if (text.length() > MAX_IRI || !IRI.matcher(text).matches()) {
            v.add(Violation.field(at, "must be an absolute IRI of at most " + MAX_IRI + " characters (such as urn:uuid:… or https://…)"));
            return null;
        }
        return text;
    }

    /** via: one IRI or a non-empty array of them; the JSON as sent, so that it is given back in the same form. */
    private static String via(JsonNode value, List<Violation> v) {
        if (value.isTextual()) {
            return iri("via", value, v) == null ? null : value.toString();
        }
        if (!value.isArray() || value.isEmpty() || value.size() > MAX_VIA) {
            v.add(Violation.field("via", "must be an IRI or an array of 1 to " + MAX_VIA + " IRIs"));
            return null;
        }
        boolean valid = true;
        for (int i = 0; i < value.size(); i++) {
            valid &= iri("via[" + i + "]", value.get(i), v) != null;
        }
        return valid ? value.toString() : null;
    }

    private static boolean contains(JsonNode array, String text) {
        for (JsonNode item : array) {
            if (text.equals(item.asText(null))) {
                return true;
            }
        }
        return false;
    }

    private static Motivation motivation(JsonNode value, List<Violation> v) {
        JsonNode single = value.isArray() && value.size() == 1 ? value.get(0) : value;
        Motivation m = single.isTextual() ? Motivation.of(single.asText()) : null;
        if (m == null) {
            v.add(Violation.field("motivation", "must be one of " + Motivation.names()));
        }
        return m;
    }

    private List<AnnotationBody> bodies(JsonNode value, List<Violation> v) {
        List<AnnotationBody> out = new ArrayList<>();
        if (value.isNull()) {
            return out;
        }
        if (!value.isArray()) {
            AnnotationBody body = body("body", value, v);
            if (body != null) {
                out.add(body);
            }
            return out;
        }
        int i = 0;
        for (JsonNode item : value) {
            if (i > MAX_BODIES) {
                break; // one too many is enough for read() to report the count
            }
            AnnotationBody body = body("body[" + i + "]", item, v);
            if (body != null) {
                out.add(body);
            }
            i++;
        }
        return out;
    }

    private AnnotationBody body(String at, JsonNode node, List<Violation> v) {
        if (node.isTextual()) {
            return link(at, node.asText(), null, v);
        }
        if (!node.isObject()) {
            v.add(Violation.field(at, "must be a TextualBody, a SpecificResource or an IRI"));
            return null;
        }
        String type = node.path("type").asText(null);
        String value = null;
        String format = null;
        String language = null;
        String purpose = null;
        String source = null;
        boolean valid = true;
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode item = field.getValue();
            if (BODY_IGNORED.contains(name) && !(name.equals("id") && !node.has("source") && !node.has("value"))) {
                continue;
            }
            String text = item.isTextual() ? item.asText() : null;
            if (text == null && !item.isNull() && !name.equals("purpose")) {
                v.add(Violation.field(at + "." + name, "must be a string"));
                valid = false;
                continue;
            }
            switch (name) {
                case "type" -> {
                    if (!"TextualBody".equals(text) && !"SpecificResource".equals(text)) {
                        v.add(Violation.field(at + ".type", "must be TextualBody or SpecificResource"));
                        valid = false;
                    }
                }
                case "value" -> value = text;
                case "format" -> format = text;
                case "language" -> language = text;
                case "purpose" -> {
                    JsonNode single = item.isArray() && item.size() == 1 ? item.get(0) : item;
                    purpose = single.isTextual() ? single.asText() : null;
                    if (purpose == null || Motivation.of(purpose) == null) {
                        v.add(Violation.field(at + ".purpose", "must be one of " + Motivation.names()));
                        valid = false;
                    }
                }
                case "source", "id" -> source = text;
                default -> {
                    v.add(Violation.field(at + "." + name, "is not a property of a body that Corridor accepts"));
                    valid = false;
                }
            }
        }
        if (!valid) {
            return null;
        }
        boolean textual = "TextualBody".equals(type) || (type == null && value != null);
        if (textual) {
            if (source != null) {
                v.add(Violation.field(at + ".source", "is not a property of a TextualBody"));
                return null;
            }
            return textual(at, value, format, language, purpose, v);
        }
        if (value != null || format != null || language != null) {
            String extra = value != null ? "value" : format != null ? "format" : "language";
            v.add(Violation.field(at + "." + extra, "is a property of a TextualBody, not of a SpecificResource"));
            return null;
        }
        return link(at + ".source", source, purpose, v);
    }

    private static TextualBody textual(String at, String value, String format, String language, String purpose,
            List<Violation> v) {
        String valueField = at.equals("bodyValue") ? at : at + ".value";
        if (value == null || value.isBlank()) {
            v.add(Violation.field(valueField, "is required and may not be blank"));
            return null;
        }
        boolean tag = Motivation.TAGGING.value().equals(purpose);
        if (tag) {
            value = value.strip();
        }
        int max = tag ? MAX_TAG : MAX_VALUE;
        if (value.codePointCount(0, value.length()) > max) {
            v.add(Violation.field(valueField, "must be at most " + max + " characters" + (tag ? " for a tag" : "")));
            return null;
        }
        if (format != null && !FORMATS.contains(format)) {
            v.add(Violation.field(at + ".format", "must be text/plain or text/markdown"));
            return null;
        }
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            v.add(Violation.field(at + ".language", "must be a language tag such as fr or en-GB"));
            return null;
        }
        return new TextualBody(value, format == null ? TextualBody.PLAIN : format, language, purpose);
    }

    private static SpecificResource link(String at, String source, String purpose, List<Violation> v) {
        if (source == null || source.isBlank()) {
            v.add(Violation.field(at, "is required: the IRI of what the body links to"));
            return null;
        }
        if (source.length() > MAX_IRI || !LINK.matcher(source).matches()) {
            v.add(Violation.field(at, "must be an http(s) IRI"));
            return null;
        }
        Matcher actor = ACTOR.matcher(source);
        Long actorId = actor.matches() ? Long.valueOf(actor.group(1)) : null;
        if (Motivation.IDENTIFYING.value().equals(purpose) && (actorId == null || actorId <= 0)) {
            v.add(Violation.field(at, "of an identifying body must be an actor's IRI (<public-url>/api/v1/actors/{id})"));
            return null;
        }
        return new SpecificResource(source, purpose, actorId);
    }

    private AnnotationDraft.Target target(JsonNode value, List<Violation> v) {
        if (value.isArray()) {
            if (value.size() > 1) {
                return linked(value, v);
            }
            if (value.isEmpty()) {
                v.add(Violation.field("target", "must be one target, or for a relation (linking) 2 to " + MAX_TARGETS + " passages"));
                return null;
            }
            value = value.get(0);
        }
        if (value.isTextual()) {
            UUID parent = AnnotationIris.annotationId(value.asText());
            if (parent != null) {
                return new AnnotationDraft.Reply(parent);
            }
            if (DOCUMENT.matcher(value.asText()).matches()) {
                v.add(Violation.field("target.selector", "is required: a TextQuoteSelector, a TextPositionSelector or both"));
            } else {
                v.add(Violation.field("target", "must be a document passage or, for a reply, an annotation's IRI"));
            }
            return null;
        }
        if (!value.isObject()) {
            v.add(Violation.field("target", "must be an object with source and selector, or an annotation's IRI"));
            return null;
        }
        String source = null;
        Integer version = null;
        JsonNode selector = null;
        boolean valid = true;
        Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            JsonNode item = field.getValue();
            switch (name) {
                case "type" -> {
                    if (!"SpecificResource".equals(item.asText(null))) {
                        v.add(Violation.field("target.type", "must be SpecificResource"));
                        valid = false;
                    }
                }
                case "source", "id" -> {
                    if (!item.isTextual()) {
                        v.add(Violation.field("target." + name, "must be an IRI"));
                        valid = false;
                    } else if (source == null || name.equals("source")) {
                        source = item.asText();
                    }
                }
                case "version" -> {
                    if (!item.isIntegralNumber() || !item.canConvertToInt() || item.asInt() < 1) {
                        v.add(Violation.field("target.version", "must be a version number (1 or more)"));
                        valid = false;
                    } else {
                        version = item.asInt();
                    }
                }
                case "selector" -> selector = item;
                default -> {
                    v.add(Violation.field("target." + name, "is not a property of a target that Corridor accepts"));
                    valid = false;
                }
            }
        }
        if (source == null) {
            v.add(Violation.field("target.source", "is required: the document's IRI"));
            return null;
        }
        UUID parent = AnnotationIris.annotationId(source);
        if (parent != null) {
            if (selector != null) {
                v.add(Violation.field("target.selector", "must be absent: a reply targets a whole annotation"));
                return null;
            }
            return valid ? new AnnotationDraft.Reply(parent) : null;
        }
        Matcher document = DOCUMENT.matcher(source);
        if (!document.matches()) {
            v.add(Violation.field("target.source", "must be a document's IRI (<public-url>/api/v1/documents/{id})"));
            return null;
        }
        if (selector == null) {
            v.add(Violation.field("target.selector", "is required: a TextQuoteSelector, a TextPositionSelector or both"));
            return null;
        }
        return selectors(Long.parseLong(document.group(1)), version, selector, valid, v);
    }

    /**
     * The passages a relation links, each read as a single target would be; faults name the target's index
     * ({@code target[1].selector}).
     */
    private AnnotationDraft.Target linked(JsonNode array, List<Violation> v) {
        if (array.size() > MAX_TARGETS) {
            v.add(Violation.field("target", "must have at most " + MAX_TARGETS + " passages"));
            return null;
        }
        List<AnnotationDraft.Passage> passages = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            List<Violation> own = new ArrayList<>();
            AnnotationDraft.Target t = target(array.get(i).isArray() ? com.fasterxml.jackson.databind.node.TextNode.valueOf("") : array.get(i), own);
            String at = "target[" + i + "]";
            for (Violation x : own) {
                String field = x.field() == null || !x.field().startsWith("target") ? "" : x.field().substring("target".length());
                v.add(Violation.field(at + field, x.message()));
            }
            if (t instanceof AnnotationDraft.Passage p) {
                // anchoring faults found later name this target too
                passages.add(new AnnotationDraft.Passage(p.documentId(), p.version(), p.quote(), p.position(),
                        at + p.quoteField().substring("target".length()), at + p.positionField().substring("target".length())));
            } else if (t != null) {
                v.add(Violation.field(at, "must be a document passage: a relation links passages, not annotations"));
            }
        }
        return passages.size() == array.size() ? new AnnotationDraft.Linked(passages) : null;
    }

    private static AnnotationDraft.Passage selectors(long documentId, Integer version, JsonNode selector, boolean valid,
            List<Violation> v) {
        List<JsonNode> items = new ArrayList<>();
        boolean array = selector.isArray();
        if (array) {
            selector.forEach(items::add);
        } else {
            items.add(selector);
        }
        if (items.isEmpty() || items.size() > 2) {
            v.add(Violation.field("target.selector", "must be a TextQuoteSelector, a TextPositionSelector or both"));
            return null;
        }
        TextQuoteSelector quote = null;
        TextPositionSelector position = null;
        String quoteField = null;
        String positionField = null;
        for (int i = 0; i < items.size(); i++) {
            String at = array ? "target.selector[" + i + "]" : "target.selector";
            JsonNode item = items.get(i);
            if (!item.isObject()) {
                v.add(Violation.field(at, "must be a selector object"));
                valid = false;
                continue;
            }
            String type = item.path("type").asText("");
            switch (type) {
                case "TextQuoteSelector" -> {
                    if (quote != null) {
                        v.add(Violation.field(at, "repeats the TextQuoteSelector"));
                        valid = false;
                        continue;
                    }
                    quote = quote(at, item, v);
                    quoteField = at;
                    valid &= quote != null;
                }
                case "TextPositionSelector" -> {
                    if (position != null) {
                        v.add(Violation.field(at, "repeats the TextPositionSelector"));
                        valid = false;
                        continue;
                    }
                    position = position(at, item, v);
                    positionField = at;
                    valid &= position != null;
                }
                default -> {
                    v.add(Violation.field(at + ".type", "must be TextQuoteSelector or TextPositionSelector"));
                    valid = false;
                }
            }
        }
        return valid ? new AnnotationDraft.Passage(documentId, version, quote, position, quoteField, positionField) : null;
    }

    private static TextQuoteSelector quote(String at, JsonNode item, List<Violation> v) {
        Map<String, JsonNode> members = members(at, item, "TextQuoteSelector", Set.of("exact", "prefix", "suffix"),
                JsonNode::isTextual, "must be a string", v);
        if (members == null) {
            return null;
        }
        String exact = text(members.get("exact"));
        if (exact == null || exact.isEmpty()) {
            v.add(Violation.field(at + ".exact", "is required and may not be empty"));
            return null;
        }
        if (exact.codePointCount(0, exact.length()) > MAX_QUOTE) {
            v.add(Violation.field(at + ".exact", "must be at most " + MAX_QUOTE + " characters"));
            return null;
        }
        return new TextQuoteSelector(exact, text(members.get("prefix")), text(members.get("suffix")));
    }

    private static TextPositionSelector position(String at, JsonNode item, List<Violation> v) {
        Map<String, JsonNode> members = members(at, item, "TextPositionSelector", Set.of("start", "end"),
                value -> value.isIntegralNumber() && value.canConvertToInt() && value.asInt() >= 0,
                "must be a code-point offset (an integer, 0 or more)", v);
        if (members == null) {
            return null;
        }
        for (String required : List.of("start", "end")) {
            if (!members.containsKey(required)) {
                v.add(Violation.field(at + "." + required, "is required"));
                return null;
            }
        }
        int start = members.get("start").asInt();
        int end = members.get("end").asInt();
        if (end <= start) {
            v.add(Violation.field(at + ".end", "must be greater than start"));
            return null;
        }
        return new TextPositionSelector(start, end);
    }

    /**
     * A selector's members but {@code type}, when every one is a property of that selector and has
     * the accepted shape; otherwise null, with a violation per member at fault (all of them, so that
     * a client fixes its selector in one round).
     */
    private static Map<String, JsonNode> members(String at, JsonNode item, String selector, Set<String> properties,
            Predicate<JsonNode> accepted, String shape, List<Violation> v) {
        Map<String, JsonNode> members = new HashMap<>();
        boolean valid = true;
        for (Iterator<Map.Entry<String, JsonNode>> fields = item.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            if (name.equals("type")) {
                continue;
            }
            if (!properties.contains(name)) {
                v.add(Violation.field(at + "." + name, "is not a property of a " + selector));
                valid = false;
            } else if (!accepted.test(field.getValue())) {
                v.add(Violation.field(at + "." + name, shape));
                valid = false;
            } else {
                members.put(name, field.getValue());
            }
        }
        return valid ? members : null;
    }

    private static String text(JsonNode value) {
        return value == null ? null : value.asText();
    }
}
