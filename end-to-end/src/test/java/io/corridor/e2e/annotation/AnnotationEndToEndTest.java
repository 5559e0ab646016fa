package io.corridor.e2e.annotation;

import static io.corridor.e2e.annotation.Annotations.API;
import static io.corridor.e2e.annotation.Annotations.as;
import static io.corridor.e2e.annotation.Annotations.bodies;
import static io.corridor.e2e.annotation.Annotations.comment;
import static io.corridor.e2e.annotation.Annotations.create;
import static io.corridor.e2e.annotation.Annotations.etag;
import static io.corridor.e2e.annotation.Annotations.passage;
import static io.corridor.e2e.annotation.Annotations.tag;
import static io.corridor.e2e.annotation.Annotations.upload;
import static io.corridor.e2e.annotation.Annotations.uuid;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.corridor.e2e.Stack;

/**
 * The W3C Web Annotation Protocol through the gateway with real Keycloak tokens: creation, headers,
 * optimistic concurrency, server-owned members, visibility by team, curation, history and the paged
 * container. annotator and annotator2 are in sahel-team with curator; reader is in europe-team.
 */
@ExtendWith(Stack.class)
class AnnotationEndToEndTest {

    static final String TEXT = "Le Mali refuse l’accord de réadmission proposé par l’Union européenne ; les négociations "
            + "se poursuivent à Bamako. La diaspora malienne envoie des fonds à ses familles. "
            + "Le Haut Conseil des Maliens de l’Extérieur représente les émigrés.\n";
    static final String QUOTE = "accord de réadmission";
    static long document;

    @BeforeAll
    static void document() {
        document = upload("annotator", TEXT + Annotations.unique("marqueur ") + "\n");
    }

    @Test
    void createdWithServerOwnedMembersLocationETagAndProtocolHeaders() {
        Map<String, Object> sent = passage(document, QUOTE, "commenting", null, bodies(comment("Refus clair")));
        // what the server owns is ignored when a client sends it
        sent.put("id", "http://elsewhere.example/annotations/1");
        sent.put("creator", Map.of("type", "Person", "name", "mallory"));
        sent.put("created", "2001-01-01T00:00:00Z");
        var created = as("annotator").body(sent).when().post(API + "/annotations/").then().statusCode(201)
                .header("Location", matchesPattern("^/api/v1/annotations/[0-9a-f-]{36}$"))
                .header("ETag", notNullValue())
                .contentType(startsWith("application/ld+json"))
                .body("id", startsWith(Stack.GATEWAY + "/api/v1/annotations/"),
                        "creator.name", equalTo("annotator"), "created", not(startsWith("2001")),
                        "visibility", equalTo("team"), "status", equalTo("accepted"), "anchorState", equalTo("anchored"),
                        "target.source", equalTo(Annotations.documentIri(document)),
                        "target.selector.find { it.type == 'TextPositionSelector' }.start",
                        equalTo(TEXT.codePointCount(0, TEXT.indexOf(QUOTE))),
                        "target.selector.find { it.type == 'TextQuoteSelector' }.prefix", equalTo("Le Mali refuse l’"))
                .extract();
        String location = created.header("Location");
        assertEquals(created.path("id"), Stack.GATEWAY + location);

        as("annotator2").when().get(Stack.GATEWAY + location).then().statusCode(200)
                .contentType(startsWith("application/ld+json"))
                .header("ETag", equalTo(created.header("ETag")))
                .header("Link", containsString("<http://www.w3.org/ns/ldp#Resource>; rel=\"type\""))
                .header("Allow", allOf("GET", "PUT", "DELETE"))
                .header("Vary", containsString("Accept"))
                .body("body[0].value", equalTo("Refus clair"));
        // plain JSON is accepted too
        as("annotator").contentType("application/json").body(passage(document, "Bamako", "highlighting", "private", bodies()))
                .when().post(API + "/annotations").then().statusCode(201).body("motivation", equalTo("highlighting"));
        as("annotator").body(passage(document, "Bamako", "pondering", null, bodies())).when().post(API + "/annotations/")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("motivation"));
        as("annotator").body(passage(document, "Tombouctou", "commenting", null, bodies())).when().post(API + "/annotations/")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(containsString("exact")));
    }

    static org.hamcrest.Matcher<String> allOf(String... methods) {
        List<org.hamcrest.Matcher<? super String>> all = new ArrayList<>();
        for (String m : methods) {
            all.add(containsString(m));
        }
        return org.hamcrest.Matchers.allOf(all);
    }

    @Test
    void changesNeedTheLatestETag() {
        String path = create("annotator", passage(document, "négociations", "commenting", "team", bodies(comment("v1"))));
        String etag = etag("annotator", path);
        Map<String, Object> v2 = passage(document, "négociations", "commenting", "team", bodies(comment("v2")));
        as("annotator").body(v2).when().put(Stack.GATEWAY + path).then().statusCode(428)
                .contentType("application/problem+json");
        as("annotator").header("If-Match", "\"999999\"").body(v2).when().put(Stack.GATEWAY + path).then().statusCode(412)
                .contentType("application/problem+json");
        String etag2 = as("annotator").header("If-Match", etag).body(v2).when().put(Stack.GATEWAY + path).then().statusCode(200)
                .body("body[0].value", equalTo("v2")).header("ETag", not(equalTo(etag))).extract().header("ETag");
        as("annotator").header("If-Match", etag).body(v2).when().put(Stack.GATEWAY + path).then().statusCode(412);
        // only the creator edits, even within the team
        as("annotator2").header("If-Match", etag2).body(v2).when().put(Stack.GATEWAY + path).then().statusCode(403);
        as("annotator").when().delete(Stack.GATEWAY + path).then().statusCode(428);
        as("annotator").header("If-Match", etag2).when().delete(Stack.GATEWAY + path).then().statusCode(204);
        as("annotator").when().get(Stack.GATEWAY + path).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void ofTwoConcurrentChangesFromTheSameRevisionOneWins() throws Exception {
        String path = create("annotator", passage(document, "diaspora malienne", "commenting", "team", bodies(comment("v1"))));
        String etag = etag("annotator", path);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (String value : List.of("première", "seconde")) {
                Callable<Integer> change = () -> {
                    start.await();
                    return as("annotator").header("If-Match", etag)
                            .body(passage(document, "diaspora malienne", "commenting", "team", bodies(comment(value))))
                            .when().put(Stack.GATEWAY + path).then().extract().statusCode();
                };
                answers.add(pool.submit(change));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : answers) {
                statuses.add(f.get());
            }
            org.hamcrest.MatcherAssert.assertThat(statuses, containsInAnyOrder(200, 412));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void visibilityFollowsTeamsAndUnseenIsNotFound() {
        String team = create("annotator", passage(document, "fonds", "commenting", "team", bodies(comment("équipe"))));
        String mine = create("annotator", passage(document, "familles", "commenting", "private", bodies(comment("à moi"))));
        String everyone = create("annotator", passage(document, "émigrés", "commenting", "public", bodies(comment("à tous"))));
        as("annotator2").when().get(Stack.GATEWAY + team).then().statusCode(200);
        as("annotator2").when().get(Stack.GATEWAY + mine).then().statusCode(404).contentType("application/problem+json");
        as("annotator").when().get(Stack.GATEWAY + mine).then().statusCode(200).body("visibility", equalTo("private"));
        as("reader").when().get(Stack.GATEWAY + team).then().statusCode(404);
        as("reader").when().get(Stack.GATEWAY + team + "/history").then().statusCode(404);
        as("reader").when().get(Stack.GATEWAY + everyone).then().statusCode(200);
        as("reader").body(passage(document, "fonds", "commenting", "public", bodies())).when().post(API + "/annotations/")
                .then().statusCode(403).contentType("application/problem+json");
        as("reader").header("If-Match", etag("annotator", everyone)).when().delete(Stack.GATEWAY + everyone).then()
                .statusCode(403);
        // the container counts only what the caller may see
        List<String> forAnnotator2 = as("annotator2").queryParam("document", document).queryParam("page", 0)
                .queryParam("size", 1000).when().get(API + "/annotations/").then().statusCode(200)
                .extract().jsonPath().getList("items.id");
        org.hamcrest.MatcherAssert.assertThat(forAnnotator2, org.hamcrest.Matchers.hasItems(
                Stack.GATEWAY + team, Stack.GATEWAY + everyone));
        org.hamcrest.MatcherAssert.assertThat(forAnnotator2, not(hasItem(Stack.GATEWAY + mine)));
        as("reader").queryParam("document", document).queryParam("page", 0).queryParam("size", 1000).when()
                .get(API + "/annotations/").then().statusCode(200)
                .body("items.visibility", everyItem(equalTo("public")), "items.id", hasItem(Stack.GATEWAY + everyone));
    }

    @Test
    void curatorsSetStatusAloneOrInBulkAllOrNothingAndHistoryTellsIt() {
        String a = create("annotator", passage(document, "Union européenne", "tagging", "team", bodies(tag("ue"))));
        String b = create("annotator2", passage(document, "Haut Conseil", "tagging", "team", bodies(tag("hcme"))));
        String hidden = create("annotator", passage(document, "représente", "commenting", "private", bodies(comment("privé"))));

        as("annotator").header("If-Match", etag("annotator", a)).contentType("application/json")
                .body(Map.of("status", "rejected")).when().put(Stack.GATEWAY + a + "/status").then().statusCode(403);
        String etag = etag("curator", a);
        as("curator").contentType("application/json").body(Map.of("status", "rejected", "reason", "étiquette vague"))
                .when().put(Stack.GATEWAY + a + "/status").then().statusCode(428);
        as("curator").header("If-Match", etag).contentType("application/json")
                .body(Map.of("status", "rejected", "reason", "étiquette vague"))
                .when().put(Stack.GATEWAY + a + "/status").then().statusCode(200)
                .body("status", equalTo("rejected")).header("ETag", not(equalTo(etag)));

        // all or nothing: the curator may not see the private one, so nothing changes
        as("curator").contentType("application/json")
                .body(Map.of("ids", List.of(uuid(a), uuid(b), uuid(hidden)), "status", "accepted"))
                .when().post(API + "/annotations/status").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString(uuid(hidden)));
        as("curator").when().get(Stack.GATEWAY + a).then().body("status", equalTo("rejected"));
        // b was accepted already (people's annotations are): only a changes
        as("curator").contentType("application/json").body(Map.of("ids", List.of(uuid(a), uuid(b)), "status", "accepted"))
                .when().post(API + "/annotations/status").then().statusCode(200).body("updated", equalTo(1));
        as("annotator2").when().get(Stack.GATEWAY + a).then().body("status", equalTo("accepted"));
        as("annotator2").when().get(Stack.GATEWAY + b).then().body("status", equalTo("accepted"));

        as("annotator2").when().get(Stack.GATEWAY + a + "/history").then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("action", contains("created", "status", "status"))
                .body("revision", contains(0, 1, 2))
                .body("actor", contains("annotator", "curator", "curator"))
                .body("[0].before", nullValue(), "[0].after.status", equalTo("accepted"))
                .body("[1].reason", equalTo("étiquette vague"), "[1].before.status", equalTo("accepted"),
                        "[1].after.status", equalTo("rejected"));
    }

    @Test
    void theContainerPagesFiltersAndHonoursPrefer() {
        long own = upload("annotator", "Premier passage. Deuxième passage. Troisième passage. " + Annotations.unique("fin ") + "\n");
        String marker = Annotations.unique("lot");
        List<String> ids = new ArrayList<>();
        for (String quote : List.of("Premier passage", "Deuxième passage", "Troisième passage")) {
            ids.add(Stack.GATEWAY + create("annotator", passage(own, quote, "tagging", "team", bodies(tag(marker)))));
        }
        create("annotator", passage(own, "Premier", "commenting", "team", bodies(comment("sans l’étiquette"))));

        var collection = as("annotator2").queryParam("document", own).queryParam("tag", marker).queryParam("size", 2)
                .when().get(API + "/annotations/").then().statusCode(200)
                .contentType(startsWith("application/ld+json"))
                .body("type", hasItem("AnnotationCollection"), "total", equalTo(3),
                        "first.items", hasSize(2), "last", containsString("page=1"), "last", containsString("tag=" + marker))
                .extract();
        String next = collection.path("first.next");
        as("annotator2").when().get(next).then().statusCode(200)
                .body("type", equalTo("AnnotationPage"), "startIndex", equalTo(2), "items", hasSize(1),
                        "partOf.total", equalTo(3), "prev", notNullValue(), "next", nullValue());
        List<String> all = new ArrayList<>(collection.jsonPath().getList("first.items.id"));
        all.addAll(as("annotator2").when().get(next).then().extract().jsonPath().getList("items.id"));
        org.hamcrest.MatcherAssert.assertThat(all, containsInAnyOrder(ids.toArray()));

        as("annotator2").header("Prefer", "return=representation;include=\"http://www.w3.org/ns/ldp#PreferMinimalContainer\"")
                .queryParam("document", own).queryParam("tag", marker).when().get(API + "/annotations/").then().statusCode(200)
                .header("Preference-Applied", notNullValue())
                .body("total", equalTo(3), "first", startsWith(Stack.GATEWAY + "/api/v1/annotations/"));
        as("annotator2").header("Prefer", "return=representation;include=\"http://www.w3.org/ns/oa#PreferContainedIRIs\"")
                .queryParam("document", own).queryParam("tag", marker).when().get(API + "/annotations/").then().statusCode(200)
                .header("Preference-Applied", notNullValue())
                .body("first.items", containsInAnyOrder(ids.toArray()));
        as("annotator2").queryParam("document", own).queryParam("motivation", "commenting").when().get(API + "/annotations/")
                .then().statusCode(200).body("total", equalTo(1));
        as("annotator2").queryParam("document", own).queryParam("creator", "annotator2").when().get(API + "/annotations/")
                .then().statusCode(200).body("total", equalTo(0));
        as("annotator2").queryParam("size", 1001).when().get(API + "/annotations/").then().statusCode(400)
                .body("errors.field", hasItem("size"));
    }
}
