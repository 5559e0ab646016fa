package io.corridor.document.rest;

import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import io.corridor.document.repository.DocumentRepository;
import io.corridor.support.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/**
 * Answers the 404 of an event stream before the stream starts: once an SSE method has returned,
 * Quarkus REST has already sent the 200 and the event-stream headers, and an error could only cut
 * the stream. Runs after authentication and the role check, like the method it guards.
 */
public class DocumentEventPrecheck {

    private final DocumentRepository documents;

    public DocumentEventPrecheck(DocumentRepository documents) {
        this.documents = documents;
    }

    @ServerRequestFilter
    public Uni<Void> documentExists(SimpleResourceInfo resource, UriInfo uri) {
        if (resource.getResourceClass() != DocumentEventResource.class) {
            return Uni.createFrom().voidItem();
        }
        long id;
        try {
            id = Long.parseLong(uri.getPathParameters().getFirst("id"));
        } catch (NumberFormatException e) {
            // not a document id: the parameter conversion answers it
            return Uni.createFrom().voidItem();
        }
        return documents.findLive(id).invoke(document -> {
            if (document == null) {
                throw ProblemException.notFound("no document " + id);
            }
        }).replaceWithVoid();
    }
}
