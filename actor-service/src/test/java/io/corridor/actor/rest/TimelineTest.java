package io.corridor.actor.rest;

import static io.corridor.actor.rest.Registry.actor;
import static io.corridor.actor.rest.Registry.relation;
import static io.corridor.actor.rest.Registry.unique;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.corridor.actor.rest.DocumentServiceStub.StubDocument;
import io.corridor.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

@QuarkusTest
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "actors"))
@QuarkusTestResource(DocumentServiceStub.class)
@TestSecurity(user = "reader", roles = { "curator", "annotator", "reader" })
class TimelineTest {

    /** Ids far from the mention tests' own, so the listings do not collide. */
    private static final AtomicLong IDS = new AtomicLong(900_000);

    private static StubDocument listed(String title, String date, int version, String text) {
        long id = IDS.incrementAndGet();
        StubDocument d = new StubDocument(id, title, date, version, text);
        DocumentServiceStub.DOCUMENTS.put(id, d);
        return d;
    }

    @Test
    void relationsAndTheDocumentsThatMentionTheActorByDate() {
        String word = unique("Tombouctie").replace(" ", "");
        long state = actor("state", word);
        long partner = actor("state", unique("Partenaire"));
        long signed = relation(state, "partner_of", partner, "2009", "2012");
        StubDocument late = listed("Communiqué", "2016-12-11", 1, "Le " + word + " et l’UE. Le " + word + " signe.");
        StubDocument early = listed("Rapport", "2005", 1, "Première ligne\nle " + word + " au début");
        StubDocument undated = listed("Note", null, 1, "🌍 " + word);
        StubDocument silent = listed("Autre", "2010", 1, "Les " + word + "iens ne comptent pas.");
        StubDocument gone = listed("Retiré", "2011", 1, null);

        given().when().get("/api/v1/actors/" + state + "/timeline").then().statusCode(200)
                .body("complete", equalTo(true), "note", nullValue(), "mentionSource", equalTo("annotations+detection"))
                .body("documents", greaterThanOrEqualTo(5))
                .body("entries.type", contains("mention", "relation", "mention", "mention"))
                .body("entries.start", contains("2005", "2009", "2016-12-11", null))
                .body("entries[1].relation.id", equalTo((int) signed), "entries[1].end", equalTo("2012"))
                .body("entries[0].document.id", equalTo((int) early.id()), "entries[0].document.title", equalTo("Rapport"))
                .body("entries[0].document.mentions", equalTo(1), "entries[0].document.first.start", equalTo(18))
                .body("entries[0].document.source", equalTo("detection"))
                .body("entries[0].document.first.exact", equalTo(word))
                .body("entries[2].document.id", equalTo((int) late.id()), "entries[2].document.mentions", equalTo(2))
                .body("entries[2].document.version", equalTo(1), "entries[2].document.ambiguous", equalTo(0))
                .body("entries[3].document.id", equalTo((int) undated.id()), "entries[3].document.first.start", equalTo(2))
                .body("entries.document.id", not(hasItem((int) silent.id())))
                .body("entries.document.id", not(hasItem((int) gone.id())));
    }

    @Test
    void aDocumentIsReadAgainOnlyForANewVersionOrAChangedRegistry() {
        String word = unique("Kayesie").replace(" ", "");
        long state = actor("state", word);
        StubDocument d = listed("Dépêche", "2019-03", 1, "Le " + word + " proteste.");
        String path = "/api/v1/actors/" + state + "/timeline";
        given().when().get(path).then().body("entries.document.id", contains((int) d.id()));
        given().when().get(path).then().body("entries.document.id", contains((int) d.id()));
        assertEquals(1, DocumentServiceStub.reads(d.id()), "the second timeline uses the scan of version 1");

        // a new version that no longer names the actor
        DocumentServiceStub.DOCUMENTS.put(d.id(), new StubDocument(d.id(), d.title(), d.date(), 2, "Plus rien."));
        given().when().get(path).then().body("entries", org.hamcrest.Matchers.empty());
        assertEquals(2, DocumentServiceStub.reads(d.id()));

        // the registry learns a new name: every text is read again, once
        DocumentServiceStub.DOCUMENTS.put(d.id(), new StubDocument(d.id(), d.title(), d.date(), 3, "Le " + word + "ville."));
        given().when().get(path).then().body("entries", org.hamcrest.Matchers.empty());
        long town = actor("state", word + "ville");
        given().when().get("/api/v1/actors/" + town + "/timeline").then()
                .body("entries.document.id", contains((int) d.id()), "entries[0].document.first.exact", equalTo(word + "ville"));
        given().when().get("/api/v1/actors/" + town + "/timeline").then().body("entries.document.version", contains(3));
        assertEquals(4, DocumentServiceStub.reads(d.id()));
    }

    @Test
    void documentsOnEveryPageOfTheListingAreRead() {
        String word = unique("Mopti").replace(" ", "");
        long state = actor("state", word);
        // listed newest id first, so the first one created comes after a full page of others
        StubDocument named = listed("Ancien", "1999", 1, "Le " + word + ".");
        for (int i = 0; i < 100; i++) {
            listed("Sans rapport " + i, "2001", 1, "Rien ici.");
        }
        given().when().get("/api/v1/actors/" + state + "/timeline").then()
                .body("entries.document.id", contains((int) named.id()), "documents", greaterThanOrEqualTo(101));
    }

    @Test
    void aSharedAliasCountsForEveryCandidateAsAmbiguous() {
        String word = unique("Ségouie").replace(" ", "");
        long one = actor("civil_society", "Collectif " + word);
        long two = actor("civil_society", "Collectif " + word);
        StubDocument d = listed("Tract", "2020", 1, "Le Collectif " + word + " appelle.");
        for (long id : List.of(one, two)) {
            given().when().get("/api/v1/actors/" + id + "/timeline").then()
                    .body("entries.document.id", contains((int) d.id()), "entries[0].document.ambiguous", equalTo(1))
                    .body("entries[0].document.first.ambiguous", equalTo(true));
        }
    }

    @Test
    void acceptedIdentifyingAnnotationsSpeakForTheirDocumentDetectionForTheOthers() {
        String word = unique("Bamakie").replace(" ", "");
        long state = actor("state", word);
        StubDocument annotated = listed("Annoté", "2014", 2, "Le " + word + " puis le " + word + " encore.");
        StubDocument detected = listed("Détecté", "2015", 1, "Seul le " + word + ".");
        DocumentServiceStub.ANNOTATIONS.add(new DocumentServiceStub.StubAnnotation(state, "identifying", "accepted",
                annotated.id(), 2, 12, 12 + word.length(), word));
        // neither a proposal nor another motivation counts
        DocumentServiceStub.ANNOTATIONS.add(new DocumentServiceStub.StubAnnotation(state, "identifying", "proposed",
                detected.id(), 1, 8, 8 + word.length(), word));
        DocumentServiceStub.ANNOTATIONS.add(new DocumentServiceStub.StubAnnotation(state, "commenting", "accepted",
                detected.id(), 1, 8, 8 + word.length(), word));
        given().when().get("/api/v1/actors/" + state + "/timeline").then().statusCode(200)
                .body("mentionSource", equalTo("annotations+detection"), "complete", equalTo(true))
                .body("entries.document.id", contains((int) annotated.id(), (int) detected.id()))
                .body("entries[0].document.source", equalTo("annotation"), "entries[0].document.mentions", equalTo(1))
                .body("entries[0].document.version", equalTo(2), "entries[0].document.first.start", equalTo(12))
                .body("entries[1].document.source", equalTo("detection"), "entries[1].document.first.start", equalTo(8));
        assertEquals(0, DocumentServiceStub.reads(annotated.id()), "an annotated document's text is not read");
    }

    @Test
    void withoutTheDocumentServiceTheRelationsStillAnswer() {
        long state = actor("state", unique("Gaoie"));
        long other = actor("state", unique("Voisin"));
        long r = relation(state, "allied_with", other, "2001", null);
        DocumentServiceStub.down = true;
        try {
            given().when().get("/api/v1/actors/" + state + "/timeline").then().statusCode(200)
                    .body("entries.relation.id", contains((int) r), "complete", equalTo(false), "documents", equalTo(0))
                    .body("note", containsString("document-service could not be reached"), "mentionSource", equalTo("detection"))
                    .body("note", containsString("accepted annotations could not be read"));
        } finally {
            DocumentServiceStub.down = false;
        }
    }

    @Test
    void anUnknownActorHasNoTimeline() {
        given().when().get("/api/v1/actors/987654321/timeline").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
