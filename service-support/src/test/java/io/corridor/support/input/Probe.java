package io.corridor.support.input;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import com.fasterxml.jackson.databind.JsonNode;

import io.corridor.support.paging.PageRequest;

/** A resource of the kinds the services have, for the shared input checks to be tried on. */
@Path("/probe")
@PermitAll
public class Probe {

    public record Note(String text, List<String> tags, JsonNode extra) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "probeList")
    public String list(@QueryParam("q") String q, @Valid @BeanParam PageRequest page) {
        return "{\"offset\":" + ((long) page.page * page.size) + "}";
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "probeOne")
    public String one(@PathParam("id") UUID id,
            @QueryParam("limit") @jakarta.validation.constraints.Max(value = 5, message = "must be 5 or less") Integer limit) {
        return "{\"id\":\"" + id + "\"}";
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "probeNote")
    public Note note(@jakarta.validation.constraints.NotNull Note note) {
        return note;
    }

    @POST
    @Path("/upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(operationId = "probeUpload")
    public String upload(@org.jboss.resteasy.reactive.RestForm("file") org.jboss.resteasy.reactive.multipart.FileUpload file) {
        return file == null ? "none" : file.fileName();
    }

    @POST
    @Path("/tree")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "probeTree")
    public JsonNode tree(JsonNode body) {
        return body;
    }
}
