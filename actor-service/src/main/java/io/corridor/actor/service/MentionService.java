package io.corridor.actor.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.actor.api.Mention;
import io.corridor.actor.api.MentionRequest;
import io.corridor.actor.client.DocumentClient;
import io.corridor.actor.mention.MentionIndex;
import io.corridor.support.problem.ProblemException;
import io.corridor.support.problem.Violation;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class MentionService {

    private final MentionIndex index;
    private final DocumentClient documents;

    public MentionService(MentionIndex index, DocumentClient documents) {
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
        return documents.text(documentId).onFailure().transform(DocumentClient::unavailable);
    }
}
