package io.corridor.document.mapping;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;

import io.corridor.document.Annotation;
import io.corridor.document.AnnotationBody;
import io.corridor.document.Authorship;
import io.corridor.document.SpecificResource;
import io.corridor.document.TextualBody;

/**
 * Writes annotations as W3C Web Annotation JSON-LD, with Corridor's plain keys visibility, status and anchorState,
 * and their bodies and target as stored. Public IRIs come from {@link AnnotationIris}; {@link AnnotationReader}
 * reads the same form.
 */
@ApplicationScoped
public class AnnotationWriter {

    // The member names of an annotation, quoted and encoded once: a listing writes some 25 per annotation, and
    // Jackson encoding each name character by character was a visible share of a 1,000-annotation page (the
    // compact form's writer, AnnotationSpanWriter, writes the same names).
    static final SerializedString CONTEXT_KEY = new SerializedString("@context");
    static final SerializedString ANCHOR_STATE = new SerializedString("anchorState");
    static final SerializedString AT = new SerializedString("at");
    static final SerializedString BODY = new SerializedString("body");
    static final SerializedString BY = new SerializedString("by");
    static final SerializedString CANONICAL = new SerializedString("canonical");
    static final SerializedString CREATED = new SerializedString("created");
    static final SerializedString CREATOR = new SerializedString("creator");
    static final SerializedString END = new SerializedString("end");
    static final SerializedString EXACT = new SerializedString("exact");
    static final SerializedString GENERATOR = new SerializedString("generator");
    static final SerializedString HIDDEN = new SerializedString("hidden");
    static final SerializedString ID = new SerializedString("id");
    static final SerializedString LABEL = new SerializedString("label");
    static final SerializedString LAYER = new SerializedString("layer");
    static final SerializedString MODERATION = new SerializedString("moderation");
    static final SerializedString MODIFIED = new SerializedString("modified");
    static final SerializedString MOTIVATION = new SerializedString("motivation");
    static final SerializedString NAME = new SerializedString("name");
    static final SerializedString NICKNAME = new SerializedString("nickname");
    static final SerializedString PREFIX = new SerializedString("prefix");
    static final SerializedString REASON = new SerializedString("reason");
    static final SerializedString SELECTOR = new SerializedString("selector");
    static final SerializedString SOURCE = new SerializedString("source");
    static final SerializedString START = new SerializedString("start");
    static final SerializedString STATUS = new SerializedString("status");
    static final SerializedString SUFFIX = new SerializedString("suffix");
    static final SerializedString TARGET = new SerializedString("target");
    static final SerializedString TYPE = new SerializedString("type");
    static final SerializedString VERSION = new SerializedString("version");
    static final SerializedString VIA = new SerializedString("via");
    static final SerializedString VISIBILITY = new SerializedString("visibility");

    private final ObjectMapper json = new ObjectMapper();
    private final AnnotationIris iris;

    public AnnotationWriter(AnnotationIris iris) {
        this.iris = iris;
    }

    /** The public IRIs the written form carries. */
    public AnnotationIris iris() {
        return iris;
    }

    /** The bodies as stored: a JSON array of W3C bodies. */
    public String bodiesJson(List<AnnotationBody> bodies) {
        ArrayNode array = json.createArrayNode();
        for (AnnotationBody body : bodies) {
            ObjectNode o = array.addObject();
            switch (body) {
                case TextualBody t -> {
                    o.put("type", "TextualBody");
                    o.put("value", t.value());
                    if (t.format() != null) { // a body stored without one (written by the service itself) has none to give
                        o.put("format", t.format());
                    }
                    if (t.language() != null) {
                        o.put("language", t.language());
                    }
                }
                case SpecificResource s -> {
                    o.put("type", "SpecificResource");
                    o.put("source", s.source());
                }
            }
            if (body.purpose() != null) {
                o.put("purpose", body.purpose());
            }
        }
        return array.toString();
    }

    /** A passage as a stored target (source as a path), for the other passages of a relation. */
    public ObjectNode passageTarget(long documentId, int version, String exact, String prefix, String suffix, int start, int end) {
        Annotation p = new Annotation();
        p.documentId = documentId;
        p.version = version;
        p.exact = exact;
        p.prefix = prefix;
        p.suffix = suffix;
        p.startPos = start;
        p.endPos = end;
        return (ObjectNode) tree(g -> writeTarget(g, p, ""));
    }

    /** The stored target: the source as a path, so that it does not depend on the public URL. */
    public String targetJson(Annotation a) {
        return streamed(g -> writeTarget(g, a, ""));
    }

    /** The annotation as W3C JSON-LD, with Corridor's plain keys visibility, status and anchorState. */
    public ObjectNode write(Annotation a) {
        return (ObjectNode) tree(g -> writeTo(g, a, false));
    }

    /** What {@code streamed} writes, as a tree (through a token buffer: no text written and parsed again). */
    private JsonNode tree(Streamed streamed) {
        try (TokenBuffer tokens = new TokenBuffer(json, false)) {
            streamed.to(tokens);
            return json.readTree(tokens.asParser());
        } catch (IOException e) {
            throw new UncheckedIOException("an annotation in memory is always writable", e);
        }
    }

    public String json(Annotation a) {
        return streamed(g -> writeTo(g, a, false));
    }

    /**
     * Writes the annotation ({@link #write}'s members, in its order) to a generator: the listings stream
     * a page of a thousand this way instead of building a tree of each and writing the trees.
     *
     * @param storedJson the bodies and via as stored (jsonb's text, spacing aside the same JSON) rather than
     *        parsed and written again: a listing's largest cost after its SQL was parsing every body
     */
    public void writeTo(JsonGenerator g, Annotation a, boolean storedJson) throws IOException {
        g.writeStartObject();
        field(g, CONTEXT_KEY, AnnotationIris.CONTEXT);
        field(g, ID, iris.iri(a.id));
        field(g, TYPE, "Annotation");
        field(g, MOTIVATION, a.motivation);
        g.writeFieldName(CREATOR);
        g.writeStartObject();
        field(g, TYPE, Authorship.SUGGESTER.equals(a.creator) ? "Software" : "Person");
        field(g, NAME, a.creator);
        field(g, NICKNAME, a.creator);
        g.writeEndObject();
        field(g, CREATED, timestamp(a.createdAt));
        field(g, MODIFIED, timestamp(a.modifiedAt));
        if (a.generator != null) {
            g.writeFieldName(GENERATOR);
            g.writeStartObject();
            field(g, TYPE, "Software");
            field(g, NAME, a.generator);
            g.writeEndObject();
        }
        if (!a.masked) {
            if (storedJson) {
                if (!emptyArray(a.body)) {
                    g.writeFieldName(BODY);
                    g.writeRawValue(a.body);
                }
            } else {
                JsonNode bodies = parse(a.body);
                if (bodies.isArray() && !bodies.isEmpty()) {
                    g.writeFieldName(BODY);
                    g.writeTree(bodies);
                }
            }
        }
        if (a.reply()) {
            field(g, TARGET, iris.iri(a.replyTo));
        } else if (a.linkTargets != null) {
            // a relation: its own passage first, then the others, each a W3C target
            g.writeFieldName(TARGET);
            g.writeStartArray();
            writeTarget(g, a, iris.publicUrl());
            for (JsonNode other : parse(a.linkTargets)) {
                ObjectNode t = ((ObjectNode) other).deepCopy();
                t.put("source", iris.publicUrl() + other.path("source").asText());
                g.writeTree(t);
            }
            g.writeEndArray();
        } else {
            g.writeFieldName(TARGET);
            writeTarget(g, a, iris.publicUrl());
        }
        if (a.canonical != null) {
            field(g, CANONICAL, a.canonical);
        }
        if (a.via != null) {
            g.writeFieldName(VIA);
            if (storedJson) {
                g.writeRawValue(a.via);
            } else {
                g.writeTree(parse(a.via));
            }
        }
        field(g, VISIBILITY, a.visibility);
        field(g, STATUS, a.status);
        if (!a.reply()) {
            field(g, ANCHOR_STATE, a.anchorState);
        }
        if (a.curated()) {
            field(g, LAYER, a.layer);
        }
        if (a.hidden()) {
            // Corridor extension (see WebAnnotationSchema.Moderation): the label for everyone, the why for those who see the bodies
            g.writeFieldName(MODERATION);
            g.writeStartObject();
            g.writeFieldName(HIDDEN);
            g.writeBoolean(true);
            field(g, LABEL, "hidden by moderator");
            if (!a.masked) {
                field(g, BY, a.hiddenBy);
                field(g, AT, timestamp(a.hiddenAt));
                if (a.hiddenReason != null) {
                    field(g, REASON, a.hiddenReason);
                }
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /**
     * Whether stored JSON is blank or an empty array ({@code []}, jsonb writes no space inside): looked at in place,
     * where a copy of each body without its spaces was a visible share of a 1,000-annotation page.
     */
    static boolean emptyArray(String json) {
        int i = skipSpaces(json, 0);
        if (i == json.length()) {
            return true;
        }
        if (json.charAt(i) != '[') {
            return false;
        }
        i = skipSpaces(json, i + 1);
        return i < json.length() && json.charAt(i) == ']' && skipSpaces(json, i + 1) == json.length();
    }

    private static int skipSpaces(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static void writeTarget(JsonGenerator g, Annotation a, String base) throws IOException {
        g.writeStartObject();
        field(g, TYPE, "SpecificResource");
        field(g, SOURCE, base + "/api/v1/documents/" + a.documentId);
        if (a.version == null) {
            g.writeFieldName(VERSION);
            g.writeNull();
        } else {
            g.writeFieldName(VERSION);
            g.writeNumber(a.version);
        }
        g.writeFieldName(SELECTOR);
        g.writeStartArray();
        g.writeStartObject();
        field(g, TYPE, "TextQuoteSelector");
        field(g, EXACT, a.exact);
        field(g, PREFIX, a.prefix == null ? "" : a.prefix);
        field(g, SUFFIX, a.suffix == null ? "" : a.suffix);
        g.writeEndObject();
        if (a.startPos != null) {
            g.writeStartObject();
            field(g, TYPE, "TextPositionSelector");
            g.writeFieldName(START);
            g.writeNumber(a.startPos);
            g.writeFieldName(END);
            g.writeNumber(a.endPos);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** A member whose value is a string (null written as null, as {@code writeStringField} does). */
    private static void field(JsonGenerator g, SerializedString name, String value) throws IOException {
        g.writeFieldName(name);
        g.writeString(value);
    }

    /** Something written to a generator. */
    @FunctionalInterface
    public interface Streamed {
        void to(JsonGenerator g) throws IOException;
    }

    /** What {@code streamed} writes, as a string. */
    public String streamed(Streamed streamed) {
        return new String(streamedBytes(streamed), StandardCharsets.UTF_8);
    }

    /** What {@code streamed} writes, as UTF-8 bytes. */
    public byte[] streamedBytes(Streamed streamed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        write(streamed, out);
        return out.toByteArray();
    }

    /** What {@code streamed} writes, as UTF-8 bytes in chunks: for bodies that may reach a megabyte (a page). */
    public ChunkedBytes streamedChunks(Streamed streamed) {
        ChunkedBytes out = new ChunkedBytes();
        write(streamed, out);
        return out;
    }

    private void write(Streamed streamed, OutputStream out) {
        try (JsonGenerator g = json.getFactory().createGenerator(out)) {
            streamed.to(g);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory does not fail", e);
        }
    }

    public JsonNode parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is not readable", e);
        }
    }

    public ObjectNode object() {
        return json.createObjectNode();
    }

    /**
     * ISO 8601 in UTC, exactly as {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} writes it (seconds always, the
     * fraction without trailing zeros, {@code Z}), written by hand: a listing writes two per annotation, and the
     * formatter's generic field printing was a visible share of a 1,000-annotation page.
     */
    public static String timestamp(OffsetDateTime at) {
        if (at == null) {
            return null;
        }
        LocalDateTime t = at.getOffset().equals(ZoneOffset.UTC) ? at.toLocalDateTime()
                : at.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
        if (t.getYear() < 0 || t.getYear() > 9999) {
            return at.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }
        char[] out = new char[30];
        int n = digits(out, 0, t.getYear(), 4);
        out[n++] = '-';
        n = digits(out, n, t.getMonthValue(), 2);
        out[n++] = '-';
        n = digits(out, n, t.getDayOfMonth(), 2);
        out[n++] = 'T';
        n = digits(out, n, t.getHour(), 2);
        out[n++] = ':';
        n = digits(out, n, t.getMinute(), 2);
        out[n++] = ':';
        n = digits(out, n, t.getSecond(), 2);
        int nano = t.getNano();
        if (nano != 0) {
            int width = 9;
            while (nano % 10 == 0) {
                nano /= 10;
                width--;
            }
            out[n++] = '.';
            n = digits(out, n, nano, width);
        }
        out[n++] = 'Z';
        return new String(out, 0, n);
    }

    /** {@code value} in {@code width} decimal digits, zero-padded, at {@code at}; the index after them. */
    private static int digits(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
        return at + width;
    }
}
