package io.corridor.actor.service;

import java.text.Normalizer;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.corridor.actor.Mention;
import io.corridor.actor.MentionRequest;
import io.corridor.actor.client.DocumentTextClient;
import io.corridor.actor.mention.MentionIndex;
import io.corridor.support.problem.ProblemException;
import io.corridor.support.problem.Violation;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class MentionService {

    private final MentionIndex index;
    private final DocumentTextClient documents;

    public MentionService(MentionIndex index, @RestClient DocumentTextClient documents) {
        this.index = index;
        this.documents = documents;
    }

    /** Mentions in the given text, or in the text the document-service serves for a document. */
    public Uni<List<Mention>> detect(MentionRequest request) {
        boolean hasText = request.text() != null;
        boolean hasDocument = request.documentId() != null;
        if (hasText == hasDocument) {
            return Uni.createFrom().failure(new ProblemException(400, "validation", "Invalid request",
                    "send either text or documentId", List.of(Violation.field("text", "send either text or documentId"),
                            Violation.field("documentId", "send either text or documentId"))));
        }
        Uni<String> text = hasText ? Uni.createFrom().item(request.text()) : fetch(request.documentId());
        return text.flatMap(t -> index.matcher().map(m -> m.find(t)));
    }

    private Uni<String> fetch(long documentId) {
        return documents.text(documentId)
                // the document-service serves NFC already; normalising again costs little and keeps offsets aligned
                .map(t -> Normalizer.normalize(t, Normalizer.Form.NFC))
                .onFailure(e -> !(e instanceof ProblemException) && !(e instanceof jakarta.ws.rs.WebApplicationException))
                .transform(e -> new ProblemException(503, "unavailable", "Service unavailable",
                        "the document-service could not be reached", List.of()))
                .onFailure(jakarta.ws.rs.WebApplicationException.class).transform(e -> {
                    int status = ((jakarta.ws.rs.WebApplicationException) e).getResponse().getStatus();
                    if (status == 404 || status == 403) {
                        return ProblemException.notFound("no document " + documentId);
                    }
                    if (status == 401) {
                        return new ProblemException(401, "unauthenticated", "Unauthorized",
                                "the document-service refused the token", List.of());
                    }
                    return new ProblemException(502, "bad-gateway", "Bad Gateway",
                            "the document-service answered " + status, List.of());
                });
    }
}
