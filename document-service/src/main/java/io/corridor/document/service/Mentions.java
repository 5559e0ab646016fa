package io.corridor.document.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.corridor.document.AnnotationBody;
import io.corridor.document.SpecificResource;
import io.corridor.document.TextualBody;

/**
 * {@code @username} in the text of an annotation's comments and replies, and the structured bodies that
 * record them: a W3C {@code SpecificResource} with purpose {@code tagging} whose source is the member's
 * IRI ({@code <public-url>/api/v1/members/{username}}), the W3C model's "semantic tag" of a person. They
 * are derived from the text on every write (what a client sends as member bodies is replaced), and tag
 * filters and counts read only TextualBody tags, so a mention is never taken for a tag.
 */
public final class Mentions {

    /** An @ not glued to a word (not an e-mail address), then a user name; a trailing dot ends the sentence. */
    static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_.@/+-])@([A-Za-z0-9._+-]*[A-Za-z0-9_+-])");
    public static final String MEMBERS_PATH = "/api/v1/members/";

    private Mentions() {
    }

    /** The user names mentioned in the text bodies (not tags), in order of first mention. */
    static Set<String> in(List<AnnotationBody> bodies) {
        Set<String> names = new LinkedHashSet<>();
        for (AnnotationBody body : bodies) {
            if (body instanceof TextualBody t && !"tagging".equals(t.purpose()) && t.value() != null) {
                Matcher m = MENTION.matcher(t.value());
                while (m.find()) {
                    if (Workflow.USERNAME.matcher(m.group(1)).matches()) {
                        names.add(m.group(1));
                    }
                }
            }
        }
        return names;
    }

    /** The bodies without any member body, then one member body per mentioned name. */
    static List<AnnotationBody> withMentions(List<AnnotationBody> bodies, Set<String> names, String publicUrl) {
        List<AnnotationBody> out = new ArrayList<>();
        for (AnnotationBody body : bodies) {
            if (!(body instanceof SpecificResource s && member(s.source(), publicUrl) != null)) {
                out.add(body);
            }
        }
        for (String name : names) {
            out.add(new SpecificResource(publicUrl + MEMBERS_PATH + name, "tagging", null));
        }
        return out;
    }

    /** The user name a member IRI names, or null. */
    static String member(String source, String publicUrl) {
        String prefix = publicUrl + MEMBERS_PATH;
        if (source == null || !source.startsWith(prefix)) {
            return null;
        }
        String name = source.substring(prefix.length());
        return Workflow.USERNAME.matcher(name).matches() ? name : null;
    }

    /** The members a stored body JSON mentions (for an update: who was mentioned before). */
    static Set<String> stored(com.fasterxml.jackson.databind.JsonNode bodies, String publicUrl) {
        Set<String> names = new LinkedHashSet<>();
        for (com.fasterxml.jackson.databind.JsonNode b : bodies) {
            String name = member(b.path("source").asText(null), publicUrl);
            if (name != null && "SpecificResource".equals(b.path("type").asText())) {
                names.add(name);
            }
        }
        return names;
    }
}
