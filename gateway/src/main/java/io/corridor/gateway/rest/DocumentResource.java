package io.corridor.gateway.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.corridor.gateway.api.DocumentSummary;
import io.corridor.gateway.client.DocumentClient;
import io.corridor.support.paging.Page;
import io.corridor.support.paging.PageRequest;
import io.corridor.support.security.Roles;
import io.smallrye.mutiny.Uni;

@Path("/api/v1/documents")
@Tag(name = "Documents", description = "The library of policy documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

    private final DocumentClient documents;

    public DocumentResource(DocumentClient documents) {
        this.documents = documents;
    }

    @GET
    @RolesAllowed(Roles.READER)
    @Operation(summary = "List documents, newest first")
    public Uni<Page<DocumentSummary>> list(@Valid @BeanParam PageRequest page) {
        return documents.list(page);
    }
}
