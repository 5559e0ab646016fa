package io.corridor.actor.mapping;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

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
 * A page of the registry as FollowTheMoney entities (https://followthemoney.tech/explorer/schemata/), one JSON object
 * each: id, schema, properties (every value a list of strings) and, from the evidence, first_seen and last_seen.
 * Persons are Person; ministries, agencies, states and diaspora institutions PublicBody; companies Company; the rest
 * Organization. Former names are previousName, other names and acronyms alias; countries ISO 3166-1 alpha-2 in
 * lower case. Posts are Position; a membership holding a post, by a person, is an Occupancy; member_of is a
 * Membership, leader_of a Directorship, every other relation between two exported actors an UnknownLink (role: the
 * predicate). Events are Event: their participants, and those on whose behalf they took part, are involved. Instruments are not exported: FollowTheMoney has no schema for a policy instrument.
 */
public final class FtmExport {

    private static final Map<String, String> ALPHA2 = new HashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            ALPHA2.put(Locale.of("", code).getISO3Country(), code.toLowerCase(Locale.ROOT));
        }
    }

    private FtmExport() {
    }

    public static List<Map<String, Object>> entities(Registry page) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ActorEntity a : page.actors()) {
            Map<String, List<String>> p = new LinkedHashMap<>();
            add(p, "name", a.name);
            for (ActorName n : page.names()) {
                if (!n.actorId.equals(a.id) || n.name.equals(a.name)) {
                    continue;
                }
                boolean former = n.type.equals(NameType.NAME.code()) && n.endDate != null;
                add(p, former ? "previousName" : "alias", n.name);
            }
            add(p, "country", a.country == null ? null : ALPHA2.get(a.country));
            add(p, "description", a.description);
            add(p, "wikidataId", a.wikidata);
            if (a.kind != ActorKind.PERSON) {
                add(p, "incorporationDate", a.startDate);
                add(p, "dissolutionDate", a.endDate);
                add(p, "classification", a.kind.code());
            }
            sources(p, Backed.ACTOR, a.id, page.actorEvidence());
            out.add(entity(actorId(a.id), schemaOf(a.kind), p, Backed.ACTOR, a.id, page.actorEvidence()));
        }
        for (PostEntity post : page.posts()) {
            Map<String, List<String>> p = new LinkedHashMap<>();
            add(p, "name", post.label);
            add(p, "organization", actorId(post.organizationId));
            add(p, "inceptionDate", post.startDate);
            add(p, "dissolutionDate", post.endDate);
            add(p, "description", post.description);
            ActorEntity org = page.named().get(post.organizationId);
            add(p, "country", org == null || org.country == null ? null : ALPHA2.get(org.country));
            sources(p, Backed.POST, post.id, page.postEvidence());
            out.add(entity("corridor-post-" + post.id, "Position", p, Backed.POST, post.id, page.postEvidence()));
        }
        for (RelationEntity r : page.relations()) {
            ActorEntity subject = page.named().get(r.subjectId);
            ActorEntity object = page.named().get(r.objectId);
            if (subject == null || object == null || !subject.family.equals("actor") || !object.family.equals("actor")
                    || subject.mergedInto != null || object.mergedInto != null) {
                continue;
            }
            Predicate predicate = Predicate.of(r.predicate);
            Map<String, List<String>> p = new LinkedHashMap<>();
            String schema;
            if (r.postId != null && subject.kind == ActorKind.PERSON) {
                schema = "Occupancy";
                add(p, "holder", actorId(subject.id));
                add(p, "post", "corridor-post-" + r.postId);
                add(p, "status", r.endDate == null ? "current" : "ended");
            } else if (predicate == Predicate.MEMBER_OF && object.kind != ActorKind.PERSON) {
                schema = "Membership";
                add(p, "member", actorId(subject.id));
                add(p, "organization", actorId(object.id));
                add(p, "role", r.role);
            } else if (predicate == Predicate.LEADER_OF && object.kind != ActorKind.PERSON) {
                schema = "Directorship";
                add(p, "director", actorId(subject.id));
                add(p, "organization", actorId(object.id));
                add(p, "role", r.role == null ? "leader" : r.role);
            } else {
                schema = "UnknownLink";
                add(p, "subject", actorId(subject.id));
                add(p, "object", actorId(object.id));
                add(p, "role", r.role == null ? r.predicate : r.predicate + ": " + r.role);
            }
            add(p, "startDate", r.startDate);
            add(p, "endDate", r.endDate);
            sources(p, Backed.RELATION, r.id, page.relationEvidence());
            out.add(entity("corridor-relation-" + r.id, schema, p, Backed.RELATION, r.id, page.relationEvidence()));
        }
        for (EventEntity e : page.events()) {
            Map<String, List<String>> p = new LinkedHashMap<>();
            add(p, "name", e.title);
            add(p, "summary", e.kind);
            add(p, "description", e.description);
            add(p, "location", e.place);
            add(p, "startDate", e.startDate);
            add(p, "endDate", e.endDate);
            for (ParticipantEntity part : page.participants()) {
                if (part.eventId.equals(e.id)) {
                    for (Long actor : new Long[] { part.actorId, part.onBehalfOf }) {
                        ActorEntity a = actor == null ? null : page.named().get(actor);
                        if (a != null && a.family.equals("actor") && a.mergedInto == null) {
                            add(p, "involved", actorId(a.id));
                        }
                    }
                }
            }
            sources(p, Backed.EVENT, e.id, page.eventEvidence());
            out.add(entity("corridor-event-" + e.id, "Event", p, Backed.EVENT, e.id, page.eventEvidence()));
        }
        return out;
    }

    public static String actorId(long id) {
        return "corridor-actor-" + id;
    }

    static String schemaOf(ActorKind kind) {
        return switch (kind) {
            case PERSON -> "Person";
            case STATE, MINISTRY, GOVERNMENT_AGENCY, DIASPORA_INSTITUTION -> "PublicBody";
            case COMPANY -> "Company";
            default -> "Organization";
        };
    }

    private static Map<String, Object> entity(String id, String schema, Map<String, List<String>> properties, Backed owner,
            long ownerId, List<EvidenceEntity> evidence) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("id", id);
        e.put("schema", schema);
        e.put("properties", properties);
        List<EvidenceEntity> mine = evidence.stream().filter(v -> Objects.equals(owner.ownerOf(v), ownerId)).toList();
        mine.stream().map(v -> v.firstSeen).min(OffsetDateTime::compareTo).ifPresent(t -> e.put("first_seen", stamp(t)));
        mine.stream().map(v -> v.lastSeen).max(OffsetDateTime::compareTo).ifPresent(t -> e.put("last_seen", stamp(t)));
        return e;
    }

    /** FollowTheMoney's sourceUrl: the annotations (IRIs) that show the statement. */
    private static void sources(Map<String, List<String>> p, Backed owner, long id, List<EvidenceEntity> evidence) {
        evidence.stream().filter(v -> Objects.equals(owner.ownerOf(v), id) && v.annotation != null
                && v.annotation.matches("^https?://.*") && !v.stance.equals("contradicts")).forEach(v -> add(p, "sourceUrl", v.annotation));
    }

    private static String stamp(OffsetDateTime t) {
        return t.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static void add(Map<String, List<String>> p, String property, String value) {
        if (value != null && !value.isBlank()) {
            List<String> values = p.computeIfAbsent(property, k -> new ArrayList<>());
            if (!values.contains(value)) {
                values.add(value);
            }
        }
    }
}
