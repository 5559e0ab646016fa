package io.corridor.document.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.corridor.document.Authorship;
import io.corridor.document.AnnotationDraft;
import io.corridor.document.AnnotationFilter;
import io.corridor.document.Caller;
import io.corridor.document.Annotation;
import io.corridor.document.Fixtures;
import io.corridor.document.Motivation;
import io.corridor.document.SpecificResource;
import io.corridor.document.TextPositionSelector;
import io.corridor.document.TextQuoteSelector;
import io.corridor.document.TextualBody;
import io.corridor.document.Visibility;
import io.corridor.document.client.Mention;
import io.corridor.document.api.AgreementView;
import io.corridor.document.api.SuggestionResult;
import io.corridor.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.builder.MultiPartSpecBuilder;

/**
 * The suggester's storage and the agreement of several annotators, at service level: the
 * detection result is handed to {@link Suggestions#store} (the real call to the actor-service is
 * the end-to-end suite's), and a second annotator's annotations are created through
 * {@link AnnotationService#create} as that person.
 */
@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "documents"))
@TestSecurity(user = "annotator", roles = { "annotator", "reader", "curator" })
class SuggestionsTest {

    static final String TEXT = "Selon le président du CBMF, Gaharo Doucouré, le Haut Conseil des Maliens de l’Extérieur "
            + "a rencontré la DGME 🌍 à Bamako. Gaharo Doucouré a ensuite écrit au HCME.";

    @Inject
    Suggestions suggestions;
    @Inject
    AnnotationService annotations;

    static long document(String text) {
        return ((Number) given().multiPart(new MultiPartSpecBuilder(Fixtures.utf8(text)).controlName("file").fileName("note.txt")
                .mimeType("text/plain").build())
                .multiPart(new MultiPartSpecBuilder("Suggestions").controlName("title").mimeType("text/plain")
                        .charset(StandardCharsets.UTF_8).build())
                .post("/api/v1/documents").then().statusCode(201).extract().path("id")).longValue();
    }

    static Mention mention(String text, String exact, int occurrence, Long actor, boolean ambiguous) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = text.indexOf(exact, at + 1);
        }
        int start = text.codePointCount(0, at);
        return new Mention(actor, start, start + exact.codePointCount(0, exact.length()), exact, exact, ambiguous,
                actor == null ? List.of(3L, 4L) : List.of(actor));
    }

    @Test
    void detectedMentionsAreStoredOnceAsPublicProposals() throws Throwable {
        String text = TEXT + " " + Fixtures.unique("suggest");
        long id = document(text);
        List<Mention> detected = List.of(mention(text, "Gaharo Doucouré", 0, 12L, false),
                mention(text, "Gaharo Doucouré", 1, 12L, false),
                mention(text, "Haut Conseil des Maliens de l’Extérieur", 0, 40L, false),
                mention(text, "DGME", 0, null, true));
        SuggestionResult first = VertxContextSupport.subscribeAndAwait(() -> suggestions.store(id, 1, detected));
        assertEquals(new SuggestionResult(3, 1), first, "the ambiguous DGME is skipped");

        var listed = given().queryParam("document", id).queryParam("creator", Authorship.SUGGESTER)
                .queryParam("page", 0).get("/api/v1/annotations/").then().statusCode(200).extract().jsonPath();
        assertEquals(3, listed.getList("items").size());
        assertEquals(List.of("proposed", "proposed", "proposed"), listed.getList("items.status"));
        assertEquals(List.of("public", "public", "public"), listed.getList("items.visibility"));
        assertEquals(List.of("identifying", "identifying", "identifying"), listed.getList("items.motivation"));
        assertEquals("Software", listed.getString("items[0].creator.type"));
        assertEquals("http://localhost:8080/api/v1/actors/12", listed.getString("items[0].body[0].source"));
        assertEquals("identifying", listed.getString("items[0].body[0].purpose"));
        assertEquals("Gaharo Doucouré", listed.getString("items[0].target.selector[0].exact"));

        // a curator rejects one; running the suggester again adds nothing, the rejected one included
        String rejected = listed.getString("items[0].id");
        given().contentType("application/json")
                .body(Map.of("ids", List.of(rejected.substring(rejected.lastIndexOf('/') + 1)), "status", "rejected"))
                .post("/api/v1/annotations/status").then().statusCode(200).body("updated", equalTo(1));
        SuggestionResult again = VertxContextSupport.subscribeAndAwait(() -> suggestions.store(id, 1, detected));
        assertEquals(new SuggestionResult(0, 4), again);
        given().queryParam("document", id).get("/api/v1/annotations/").then().statusCode(200).body("total", equalTo(3));
    }

    @Test
    void suggestionsAnswer503WhenTheActorServiceCannotBeReached() {
        long id = document(TEXT + " " + Fixtures.unique("unreachable"));
        // the test profile points the client at a closed port
        given().post("/api/v1/documents/" + id + "/suggestions").then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", "5")
                .body("type", equalTo("urn:corridor:problem:service-unavailable"));
        given().post("/api/v1/documents/999999/suggestions").then().statusCode(404);
    }

    @Test
    void twoAnnotatorsAgreeingOnActorsAndTags() throws Throwable {
        String text = TEXT + " " + Fixtures.unique("agreement");
        long id = document(text);
        Mention gaharo = mention(text, "Gaharo Doucouré", 0, 12L, false);
        Mention hcme = mention(text, "Haut Conseil des Maliens de l’Extérieur", 0, 40L, false);
        for (String who : List.of("alice", "bob")) {
            Authorship by = new Authorship(who, List.of(), Annotation.ACCEPTED, null);
            for (Mention m : List.of(gaharo, hcme)) {
                AnnotationDraft draft = new AnnotationDraft(Motivation.IDENTIFYING,
                        List.of(new SpecificResource("http://localhost:8080/api/v1/actors/" + m.actorId(), "identifying", m.actorId()),
                                new TextualBody("diaspora", null, null, "tagging")),
                        new AnnotationDraft.Passage(id, null, new TextQuoteSelector(m.exact(), null, null),
                                new TextPositionSelector(m.start(), m.end())),
                        Visibility.PUBLIC);
                VertxContextSupport.subscribeAndAwait(() -> annotations.create(draft, by));
            }
        }
        Caller reader = new Caller("annotator", false, false, List.of());
        AgreementView full = VertxContextSupport.subscribeAndAwait(() -> agreements().of(id, AnnotationFilter.NONE, reader));
        assertEquals(List.of("alice", "bob"), full.annotators());
        assertEquals(List.of("actor:12", "actor:40", "tag:diaspora"), full.labels());
        assertEquals(1.0, full.krippendorffAlpha(), 1e-9);
        assertEquals(1.0, full.pairs().get(0).cohenKappa(), 1e-9);

        // bob also tags the word "Bamako", which alice did not: agreement drops below 1
        Mention bamako = mention(text, "Bamako", 0, null, false);
        AnnotationDraft extra = new AnnotationDraft(Motivation.TAGGING, List.of(new TextualBody("lieu", null, null, "tagging")),
                new AnnotationDraft.Passage(id, null, new TextQuoteSelector("Bamako", null, null),
                        new TextPositionSelector(bamako.start(), bamako.end())),
                Visibility.PUBLIC);
        VertxContextSupport.subscribeAndAwait(() -> annotations.create(extra, new Authorship("bob", List.of(), null, null)));
        given().get("/api/v1/documents/" + id + "/agreement").then().statusCode(200)
                .body("annotators", equalTo(List.of("alice", "bob")), "labels.size()", equalTo(4),
                        "pairs[0].annotators", equalTo(List.of("alice", "bob")));
        AgreementView partial = VertxContextSupport.subscribeAndAwait(() -> agreements().of(id, AnnotationFilter.NONE, reader));
        assertTrue(partial.krippendorffAlpha() < 1 && partial.pairs().get(0).cohenKappa() < 1, partial.toString());

        // a private annotation of someone else is not counted for a reader who cannot see it
        AnnotationDraft hidden = new AnnotationDraft(Motivation.TAGGING, List.of(new TextualBody("secret", null, null, "tagging")),
                new AnnotationDraft.Passage(id, null, new TextQuoteSelector("Bamako", null, null),
                        new TextPositionSelector(bamako.start(), bamako.end())),
                Visibility.PRIVATE);
        VertxContextSupport.subscribeAndAwait(() -> annotations.create(hidden, new Authorship("carol", List.of(), null, null)));
        AgreementView seen = VertxContextSupport.subscribeAndAwait(() -> agreements().of(id, AnnotationFilter.NONE, reader));
        assertEquals(List.of("alice", "bob"), seen.annotators());
        assertNull(Agreements.view(id, 1, "", List.of(), AnnotationFilter.NONE, reader).krippendorffAlpha());
    }

    @Inject
    Agreements agreementsBean;

    Agreements agreements() {
        return agreementsBean;
    }
}
