package io.corridor.actor.rest;

import static io.corridor.actor.rest.Registry.actor;
import static io.corridor.actor.rest.Registry.json;
import static io.corridor.actor.rest.Registry.unique;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.corridor.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

/**
 * The Popolo and FollowTheMoney exports checked against their specifications: every member is one the class
 * declares, with the declared type and date pattern; references resolve inside the export (all pages joined). The
 * declarations below are written from the Popolo JSON schemas (popolo-project/popolo-spec, schemas/*.json, draft 03)
 * and followthemoney's schema YAML (Thing, LegalEntity, Organization, Person, Interval, Interest, Position, Occupancy,
 * Membership, Directorship, UnknownLink), the parts the registry can fill.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "actors"))
@TestSecurity(user = "curator", roles = { "curator", "annotator", "reader" })
class ExportFormatsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Popolo: class → member → type (string, array or object), from the schemas. */
    private static final Map<String, Map<String, String>> POPOLO = Map.of(
            "persons", members("id string", "name string", "other_names array", "identifiers array", "family_name string",
                    "given_name string", "additional_name string", "honorific_prefix string", "honorific_suffix string",
                    "patronymic_name string", "sort_name string", "email string", "gender string", "birth_date string",
                    "death_date string", "image string", "summary string", "biography string", "national_identity string",
                    "contact_details array", "links array", "memberships array", "created_at string", "updated_at string",
                    "sources array"),
            "organizations", members("id string", "name string", "other_names array", "identifiers array",
                    "classification string", "parent_id string", "area_id string", "abstract string", "description string",
                    "founding_date string", "dissolution_date string", "image string", "contact_details array", "links array",
                    "memberships array", "posts array", "created_at string", "updated_at string", "sources array"),
            "memberships", members("id string", "label string", "role string", "member object", "person_id string",
                    "organization_id string", "post_id string", "on_behalf_of_id string", "area_id string", "start_date string",
                    "end_date string", "contact_details array", "links array", "created_at string", "updated_at string",
                    "sources array"),
            "posts", members("id string", "label string", "other_label array", "role string", "organization_id string",
                    "area_id string", "start_date string", "end_date string", "contact_details array", "links array",
                    "memberships array", "created_at string", "updated_at string", "sources array"),
            "events", members("id string", "name string", "description string", "start_date string", "end_date string",
                    "location string", "status string", "identifiers array", "classification string", "organization_id string",
                    "organization object", "attendees array", "parent_id string", "parent object", "children array",
                    "created_at string", "updated_at string", "sources array"));
    private static final Map<String, String> OTHER_NAME = members("name string", "family_name string", "given_name string",
            "start_date string", "end_date string", "note string");
    /** Popolo's date patterns: founding/dissolution/birth dates, and membership dates. */
    private static final String POPOLO_DATE = "^[0-9]{4}(-[0-9]{2}){0,2}$";

    /** FollowTheMoney: schema → its properties, inherited ones included (entity-valued ones marked *). */
    private static final Map<String, Set<String>> FTM = new HashMap<>();
    private static final Set<String> FTM_ENTITY_VALUED = Set.of("organization", "holder", "post", "member", "director", "subject",
            "object", "organizer", "involved");
    private static final Set<String> FTM_DATES = Set.of("incorporationDate", "dissolutionDate", "inceptionDate", "startDate",
            "endDate", "date", "birthDate", "deathDate");

    static {
        Set<String> thing = Set.of("name", "alias", "previousName", "weakAlias", "country", "summary", "notes", "description",
                "sourceUrl", "publisher", "publisherUrl", "wikipediaUrl", "wikidataId", "keywords", "topics", "address",
                "program", "proof", "createdAt", "modifiedAt", "retrievedAt");
        Set<String> legalEntity = union(thing, Set.of("email", "phone", "website", "legalForm", "incorporationDate",
                "dissolutionDate", "taxStatus", "status", "sector", "classification", "registrationNumber", "idNumber",
                "taxNumber", "jurisdiction", "mainCountry", "parent"));
        Set<String> interval = Set.of("startDate", "endDate", "date", "summary", "description", "recordId", "sourceUrl", "proof",
                "publisher", "publisherUrl", "modifiedAt", "retrievedAt");
        Set<String> interest = union(interval, Set.of("role", "status"));
        FTM.put("Person", union(legalEntity, Set.of("title", "firstName", "lastName", "birthDate", "deathDate", "position",
                "nationality", "citizenship", "gender", "political", "profession")));
        FTM.put("Organization", legalEntity);
        FTM.put("PublicBody", legalEntity);
        FTM.put("Company", legalEntity);
        FTM.put("Position", union(thing, Set.of("organization", "inceptionDate", "dissolutionDate", "subnationalArea",
                "numberOfSeats")));
        FTM.put("Occupancy", union(interval, Set.of("holder", "post", "declarationDate", "constituency", "politicalGroup", "status")));
        FTM.put("Membership", union(interest, Set.of("member", "organization")));
        FTM.put("Directorship", union(interest, Set.of("director", "organization", "secretary")));
        FTM.put("UnknownLink", union(interest, Set.of("subject", "object")));
        FTM.put("Event", union(union(interval, thing), Set.of("location", "country", "important", "organizer", "involved")));
    }

    /** FollowTheMoney's required properties per schema. */
    private static final Map<String, List<String>> FTM_REQUIRED = Map.of("Person", List.of("name"), "Organization", List.of("name"),
            "PublicBody", List.of("name"), "Company", List.of("name"), "Position", List.of("name"),
            "Occupancy", List.of("holder", "post"), "Membership", List.of("member", "organization"),
            "Directorship", List.of("director", "organization"), "UnknownLink", List.of("subject", "object"),
            "Event", List.of("name"));

    private record Cast(long ministry, long minister, long party, long post, long membership, long event) {
    }

    private static Cast cast() {
        Map<String, Object> ministry = new LinkedHashMap<>();
        ministry.put("kind", "ministry");
        ministry.put("name", unique("Ministère des Maliens de l'extérieur et de l'Intégration africaine"));
        ministry.put("country", "MLI");
        ministry.put("start", "2004");
        ministry.put("wikidata", "Q3311340");
        ministry.put("acronyms", List.of("MMEIA"));
        ministry.put("names", List.of(Map.of("language", "fr", "name", unique("Ministère des Maliens de l'extérieur"), "start",
                "2004", "end", "2011")));
        ministry.put("evidence", List.of(Map.of("annotation", "http://localhost:8080/api/v1/annotations/7", "quote", "le ministère",
                "document", "soukouna.txt")));
        long m = actor(ministry);
        long person = actor("person", unique("Badra Alou Macalou"));
        long party = actor("civil_society", unique("ADEMA"));
        long post = PostsAndProvenanceTest.post(m, "Ministre des Maliens de l'extérieur");
        long held = PostsAndProvenanceTest.holds(person, m, post, party, "2007-10", "2011");
        json().body(Map.of("subject", person, "predicate", "member_of", "object", party)).when().post("/api/v1/relations")
                .then().statusCode(201);
        Map<String, Object> visit = new LinkedHashMap<>();
        visit.put("kind", "visit");
        visit.put("title", unique("Visite du ministre à Paris"));
        visit.put("start", "2008-03");
        visit.put("place", "Paris");
        visit.put("participants", List.of(Map.of("actor", person, "role", "ministre", "onBehalfOf", m), Map.of("actor", party)));
        visit.put("evidence", List.of(Map.of("annotation", "http://localhost:8080/api/v1/annotations/9", "quote", "la visite",
                "document", "soukouna.txt")));
        long event = json().body(visit).when().post("/api/v1/events").then().statusCode(201).extract().jsonPath().getLong("id");
        return new Cast(m, person, party, post, held, event);
    }

    @Test
    void popoloHasTheShapeTheSpecificationDefines() throws Exception {
        Cast c = cast();
        Map<String, List<JsonNode>> all = new HashMap<>();
        String next = "/api/v1/exports/popolo?size=100";
        while (next != null) {
            Response answer = given().when().get(next).then().statusCode(200).contentType("application/json").extract().response();
            JsonNode document = JSON.readTree(answer.asString());
            for (String type : POPOLO.keySet()) {
                assertTrue(document.get(type).isArray(), type);
                document.get(type).forEach(e -> all.computeIfAbsent(type, k -> new ArrayList<>()).add(e));
            }
            next = nextLink(answer);
        }
        Set<String> ids = new HashSet<>();
        for (Map.Entry<String, List<JsonNode>> type : all.entrySet()) {
            for (JsonNode entry : type.getValue()) {
                conforms(type.getKey(), entry, POPOLO.get(type.getKey()));
                assertTrue(ids.add(entry.get("id").asText()), "ids are unique: " + entry);
            }
        }
        JsonNode ministry = find(all.get("organizations"), "actor-" + c.ministry());
        assertEquals("ministry", ministry.get("classification").asText());
        assertEquals("2004", ministry.get("founding_date").asText());
        assertEquals("2011", ministry.get("other_names").findValue("end_date").asText());
        assertEquals("wikidata", ministry.get("identifiers").get(0).get("scheme").asText());
        assertEquals("http://localhost:8080/api/v1/annotations/7", ministry.get("sources").get(0).get("url").asText());
        JsonNode membership = find(all.get("memberships"), "membership-" + c.membership());
        assertEquals("actor-" + c.minister(), membership.get("person_id").asText());
        assertEquals("post-" + c.post(), membership.get("post_id").asText());
        assertEquals("actor-" + c.party(), membership.get("on_behalf_of_id").asText());
        JsonNode post = find(all.get("posts"), "post-" + c.post());
        assertEquals("actor-" + c.ministry(), post.get("organization_id").asText());
        assertNotNull(find(all.get("persons"), "actor-" + c.minister()));
        JsonNode visit = find(all.get("events"), "event-" + c.event());
        assertEquals("visit", visit.get("classification").asText());
        assertEquals("Paris", visit.get("location").asText());
        assertEquals("2008-03", visit.get("start_date").asText());
        assertEquals("actor-" + c.minister(), visit.get("attendees").get(0).get("id").asText());
        assertEquals(1, visit.get("attendees").size(), "only persons attend in Popolo");
        assertEquals("http://localhost:8080/api/v1/annotations/9", visit.get("sources").get(0).get("url").asText());
        for (JsonNode e : all.get("events")) {
            e.path("attendees").forEach(a -> assertTrue(ids.contains(a.get("id").asText()) && a.has("name"), "attendee of " + e));
        }
        // every reference names something in the export
        for (JsonNode m : all.get("memberships")) {
            for (String ref : List.of("person_id", "organization_id", "post_id", "on_behalf_of_id")) {
                if (m.has(ref)) {
                    assertTrue(ids.contains(m.get(ref).asText()), ref + " of " + m);
                }
            }
        }
    }

    @Test
    void followTheMoneyEntitiesHaveTheirSchemataProperties() throws Exception {
        Cast c = cast();
        List<JsonNode> entities = new ArrayList<>();
        String next = "/api/v1/exports/ftm?size=50";
        while (next != null) {
            Response answer = given().when().get(next).then().statusCode(200).contentType("application/x-ndjson").extract().response();
            for (String line : answer.asString().split("\n")) {
                if (!line.isBlank()) {
                    entities.add(JSON.readTree(line));
                }
            }
            next = nextLink(answer);
        }
        Map<String, String> schemaOf = new HashMap<>();
        entities.forEach(e -> assertFalse(schemaOf.put(e.get("id").asText(), e.get("schema").asText()) != null, "unique id " + e));
        for (JsonNode e : entities) {
            String schema = e.get("schema").asText();
            Set<String> declared = FTM.get(schema);
            assertNotNull(declared, "a schema of followthemoney: " + schema);
            e.fieldNames().forEachRemaining(f -> assertTrue(Set.of("id", "schema", "properties", "first_seen", "last_seen").contains(f), f));
            for (String required : FTM_REQUIRED.get(schema)) {
                assertTrue(e.get("properties").has(required), schema + " requires " + required + ": " + e);
            }
            e.get("properties").fields().forEachRemaining(p -> {
                assertTrue(declared.contains(p.getKey()), schema + " has no property " + p.getKey());
                assertTrue(p.getValue().isArray() && p.getValue().size() > 0, "values are lists: " + p);
                p.getValue().forEach(v -> {
                    assertTrue(v.isTextual(), "values are strings: " + p);
                    if (FTM_ENTITY_VALUED.contains(p.getKey())) {
                        assertTrue(schemaOf.containsKey(v.asText()), p.getKey() + " names an entity of the export: " + v);
                    }
                    if (FTM_DATES.contains(p.getKey())) {
                        assertTrue(v.asText().matches(POPOLO_DATE), "a date: " + v);
                    }
                    if (p.getKey().equals("country")) {
                        assertTrue(v.asText().matches("^[a-z]{2}$"), "ISO 3166-1 alpha-2, lower case: " + v);
                    }
                });
            });
        }
        JsonNode ministry = entities.stream().filter(e -> e.get("id").asText().equals("corridor-actor-" + c.ministry())).findFirst().orElseThrow();
        assertEquals("PublicBody", ministry.get("schema").asText());
        assertEquals("ml", ministry.get("properties").get("country").get(0).asText());
        assertTrue(ministry.get("properties").has("previousName"));
        assertTrue(ministry.has("first_seen") && ministry.has("last_seen"));
        JsonNode occupancy = entities.stream().filter(e -> e.get("id").asText().equals("corridor-relation-" + c.membership())).findFirst().orElseThrow();
        assertEquals("Occupancy", occupancy.get("schema").asText());
        assertEquals("corridor-post-" + c.post(), occupancy.get("properties").get("post").get(0).asText());
        assertEquals("Position", schemaOf.get("corridor-post-" + c.post()));
        assertTrue(entities.stream().anyMatch(e -> e.get("schema").asText().equals("Membership")));
        JsonNode visit = entities.stream().filter(e -> e.get("id").asText().equals("corridor-event-" + c.event())).findFirst().orElseThrow();
        assertEquals("Event", visit.get("schema").asText());
        List<String> involved = new ArrayList<>();
        visit.get("properties").get("involved").forEach(v -> involved.add(v.asText()));
        assertEquals(Set.of("corridor-actor-" + c.minister(), "corridor-actor-" + c.ministry(), "corridor-actor-" + c.party()),
                Set.copyOf(involved));
    }

    @Test
    void exportsAreBoundedAndReadOnly() {
        given().queryParam("size", 101).when().get("/api/v1/exports/popolo").then().statusCode(400);
        given().queryParam("page", -1).when().get("/api/v1/exports/ftm").then().statusCode(400);
    }

    private static void conforms(String type, JsonNode entry, Map<String, String> declared) {
        entry.fields().forEachRemaining(f -> {
            String kind = declared.get(f.getKey());
            assertNotNull(kind, type + " declares no " + f.getKey() + ": " + entry);
            assertEquals(kind, f.getValue().isArray() ? "array" : f.getValue().isObject() ? "object" : "string", f.getKey());
            if (f.getKey().endsWith("_date") || f.getKey().equals("founding_date")) {
                assertTrue(f.getValue().asText().matches(POPOLO_DATE), f.getKey() + ": " + f.getValue());
            }
        });
        if (entry.has("other_names")) {
            entry.get("other_names").forEach(n -> {
                assertTrue(n.has("name"));
                n.fieldNames().forEachRemaining(f -> assertTrue(OTHER_NAME.containsKey(f), "other_name " + f));
            });
        }
        if (entry.has("identifiers")) {
            entry.get("identifiers").forEach(i -> assertTrue(i.has("identifier"), "identifier required"));
        }
        if (entry.has("sources")) {
            entry.get("sources").forEach(s -> assertTrue(s.has("url"), "a link's url is required"));
        }
    }

    private static JsonNode find(List<JsonNode> list, String id) {
        return list.stream().filter(e -> e.get("id").asText().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no " + id));
    }

    private static String nextLink(Response answer) {
        String link = answer.header("Link");
        return link == null ? null : link.substring(link.indexOf('<') + 1, link.indexOf('>'));
    }

    private static Map<String, String> members(String... declarations) {
        Map<String, String> map = new HashMap<>();
        for (String d : declarations) {
            map.put(d.split(" ")[0], d.split(" ")[1]);
        }
        return map;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new HashSet<>(a);
        u.addAll(b);
        return u;
    }
}
