package io.corridor.actor.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.corridor.actor.ActorEntity;
import io.corridor.actor.ActorKind;
import io.corridor.actor.ActorName;
import io.corridor.actor.Backed;
import io.corridor.actor.EventEntity;
import io.corridor.actor.EvidenceEntity;
import io.corridor.actor.NameType;
import io.corridor.actor.ParticipantEntity;
import io.corridor.actor.PostEntity;
import io.corridor.actor.Predicate;
import io.corridor.actor.RelationEntity;

/**
 * A page of the registry as a Popolo JSON document (https://www.popoloproject.com/specs/): persons, organizations,
 * memberships and posts. Former and other names are other_names with their periods; Wikidata, ISNI and VIAF are
 * identifiers; part_of is an organization's parent_id; member_of, leader_of and adviser_to an organization are
 * memberships (with post_id and on_behalf_of_id); events are events (kind as classification, place as location, the
 * persons taking part as attendees: Popolo's Event has no member for an organization that attends or for on whose
 * behalf one attends, which the API and FollowTheMoney's export carry); quotes anchored by an annotation are sources
 * (its IRI the url).
 * Ids are the registry's, prefixed by class, so that pages fetched one by one join into one document.
 */
public final class PopoloExport {

    private static final Set<Predicate> MEMBERSHIPS = Set.of(Predicate.MEMBER_OF, Predicate.LEADER_OF, Predicate.ADVISER_TO);

    private PopoloExport() {
    }

    public static String actorId(long id) {
        return "actor-" + id;
    }

    public static Map<String, Object> document(Registry page) {
        List<Object> persons = new ArrayList<>();
        List<Object> organizations = new ArrayList<>();
        for (ActorEntity a : page.actors()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", actorId(a.id));
            entry.put("name", a.name);
            List<Object> others = otherNames(a, page.names());
            if (!others.isEmpty()) {
                entry.put("other_names", others);
            }
            List<Object> identifiers = identifiers(a);
            if (!identifiers.isEmpty()) {
                entry.put("identifiers", identifiers);
            }
            if (a.kind == ActorKind.PERSON) {
                put(entry, "summary", a.description);
                put(entry, "national_identity", a.country);
            } else {
                entry.put("classification", a.kind.code());
                page.relations().stream().filter(r -> r.subjectId.equals(a.id) && r.predicate.equals(Predicate.PART_OF.code()))
                        .findFirst().ifPresent(r -> entry.put("parent_id", actorId(r.objectId)));
                put(entry, "description", a.description);
                put(entry, "founding_date", a.startDate);
                put(entry, "dissolution_date", a.endDate);
            }
            sources(entry, Backed.ACTOR, a.id, page.actorEvidence());
            (a.kind == ActorKind.PERSON ? persons : organizations).add(entry);
        }
        List<Object> memberships = new ArrayList<>();
        for (RelationEntity r : page.relations()) {
            ActorEntity member = page.named().get(r.subjectId);
            ActorEntity organization = page.named().get(r.objectId);
            if (!MEMBERSHIPS.contains(Predicate.of(r.predicate)) || member == null || organization == null
                    || organization.kind == ActorKind.PERSON || !organization.family.equals("actor")) {
                continue;
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", "membership-" + r.id);
            entry.put("label", r.predicate);
            put(entry, "role", r.role);
            if (member.kind == ActorKind.PERSON) {
                entry.put("person_id", actorId(member.id));
            } else {
                entry.put("member", Map.of("@type", "Organization", "id", actorId(member.id)));
            }
            entry.put("organization_id", actorId(organization.id));
            if (r.postId != null) {
                entry.put("post_id", "post-" + r.postId);
            }
            if (r.onBehalfOf != null) {
                entry.put("on_behalf_of_id", actorId(r.onBehalfOf));
            }
            put(entry, "start_date", r.startDate);
            put(entry, "end_date", r.endDate);
            sources(entry, Backed.RELATION, r.id, page.relationEvidence());
            memberships.add(entry);
        }
        List<Object> posts = new ArrayList<>();
        for (PostEntity p : page.posts()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", "post-" + p.id);
            entry.put("label", p.label);
            put(entry, "role", p.role);
            entry.put("organization_id", actorId(p.organizationId));
            put(entry, "start_date", p.startDate);
            put(entry, "end_date", p.endDate);
            sources(entry, Backed.POST, p.id, page.postEvidence());
            posts.add(entry);
        }
        List<Object> events = new ArrayList<>();
        for (EventEntity e : page.events()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", "event-" + e.id);
            entry.put("name", e.title);
            put(entry, "description", e.description);
            entry.put("classification", e.kind);
            put(entry, "location", e.place);
            put(entry, "start_date", e.startDate);
            put(entry, "end_date", e.endDate);
            List<Object> attendees = new ArrayList<>();
            for (ParticipantEntity p : page.participants()) {
                ActorEntity person = page.named().get(p.actorId);
                if (p.eventId.equals(e.id) && person != null && person.kind == ActorKind.PERSON && person.mergedInto == null) {
                    attendees.add(Map.of("id", actorId(person.id), "name", person.name));
                }
            }
            if (!attendees.isEmpty()) {
                entry.put("attendees", attendees);
            }
            sources(entry, Backed.EVENT, e.id, page.eventEvidence());
            events.add(entry);
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("persons", persons);
        document.put("organizations", organizations);
        document.put("memberships", memberships);
        document.put("posts", posts);
        document.put("events", events);
        return document;
    }

    private static List<Object> otherNames(ActorEntity a, List<ActorName> names) {
        List<Object> others = new ArrayList<>();
        for (ActorName n : names) {
            if (!n.actorId.equals(a.id) || (n.name.equals(a.name) && n.startDate == null && n.endDate == null)) {
                continue;
            }
            Map<String, Object> other = new LinkedHashMap<>();
            other.put("name", n.name);
            put(other, "start_date", n.startDate);
            put(other, "end_date", n.endDate);
            other.put("note", n.type.equals(NameType.NAME.code()) ? n.language == null ? "name" : "name (" + n.language + ")" : n.type);
            others.add(other);
        }
        return others;
    }

    private static List<Object> identifiers(ActorEntity a) {
        List<Object> identifiers = new ArrayList<>();
        for (String[] scheme : new String[][] { { "wikidata", a.wikidata }, { "isni", a.isni }, { "viaf", a.viaf }, { "corridor-key", a.key } }) {
            if (scheme[1] != null) {
                identifiers.add(Map.of("scheme", scheme[0], "identifier", scheme[1]));
            }
        }
        return identifiers;
    }

    /** Popolo sources are links: a quote anchored by an annotation is its IRI, with the quote as the note. */
    private static void sources(Map<String, Object> entry, Backed owner, long id, List<EvidenceEntity> evidence) {
        List<Object> links = new ArrayList<>();
        evidence.stream().filter(e -> Objects.equals(owner.ownerOf(e), id) && e.annotation != null && !e.stance.equals("contradicts"))
                .forEach(e -> {
                    Map<String, Object> link = new LinkedHashMap<>();
                    link.put("url", e.annotation);
                    put(link, "note", e.quote != null ? e.quote : e.document);
                    links.add(link);
                });
        if (!links.isEmpty()) {
            entry.put("sources", links);
        }
    }

    private static void put(Map<String, Object> entry, String key, Object value) {
        if (value != null) {
            entry.put(key, value);
        }
    }
}
