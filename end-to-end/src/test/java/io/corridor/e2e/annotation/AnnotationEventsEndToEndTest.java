package io.corridor.e2e.annotation;

import static io.corridor.e2e.annotation.Annotations.as;
import static io.corridor.e2e.annotation.Annotations.bodies;
import static io.corridor.e2e.annotation.Annotations.comment;
import static io.corridor.e2e.annotation.Annotations.create;
import static io.corridor.e2e.annotation.Annotations.etag;
import static io.corridor.e2e.annotation.Annotations.passage;
import static io.corridor.e2e.annotation.Annotations.upload;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.corridor.e2e.Stack;
import io.corridor.testing.ServerSentEvents.Event;

/**
 * Live annotation events through the gateway's relay of the document-service's stream: what one
 * annotator writes reaches a teammate subscribed to the document, and a subscriber reconnecting with
 * the last event id it received (header or query) gets what it missed, and nothing it may not see.
 */
@ExtendWith(Stack.class)
class AnnotationEventsEndToEndTest {

    @Test
    void aTeammateSeesWritesLiveAndCatchesUpAfterReconnecting() {
        long document = upload("annotator", "Le dialogue de haut niveau Mali-UE porte sur la migration irrégulière, "
                + "le retour et la réadmission. " + Annotations.unique("session ") + "\n");
        String created;
        String path;
        try (EventStream stream = EventStream.open("annotator2", document, null, false)) {
            stream.joinedAs("annotator2");
            path = create("annotator", passage(document, "migration irrégulière", "commenting", "team",
                    bodies(comment("à suivre"))));
            Event event = stream.next("created", Stack.GATEWAY + path);
            assertEquals("à suivre", EventStream.json(event).path("body").path(0).path("value").asText());
            created = event.id();
        }

        // while annotator2 is away: a change, a private note annotator2 may not see, a new team annotation
        as("annotator").header("If-Match", etag("annotator", path))
                .body(passage(document, "migration irrégulière", "commenting", "team", bodies(comment("suivi fait"))))
                .when().put(Stack.GATEWAY + path).then().statusCode(200);
        String hidden = create("annotator", passage(document, "le retour", "commenting", "private", bodies(comment("privé"))));
        String later = create("annotator", passage(document, "la réadmission", "commenting", "team", bodies(comment("ensuite"))));

        for (boolean inQuery : new boolean[] { false, true }) {
            try (EventStream stream = EventStream.open("annotator2", document, created, inQuery)) {
                Event updated = stream.next("updated", Stack.GATEWAY + path);
                assertEquals("suivi fait", EventStream.json(updated).path("body").path(0).path("value").asText());
                Event replayed = stream.next("created", Stack.GATEWAY + later);
                assertTrue(Long.parseLong(replayed.id()) > Long.parseLong(updated.id()), "replayed in order: " + stream.seen());
                assertFalse(stream.seen().stream().anyMatch(e -> e.data().contains(Annotations.uuid(hidden))),
                        "a private annotation of another user is never sent: " + stream.seen());
                assertFalse(stream.seen().stream().anyMatch(e -> created.equals(e.id())),
                        "the event named by Last-Event-ID is not sent again: " + stream.seen());
            }
        }

        // the annotator's own subscription sees the private note
        try (EventStream stream = EventStream.open("annotator", document, created, false)) {
            stream.next("created", Stack.GATEWAY + hidden);
        }
    }
}
