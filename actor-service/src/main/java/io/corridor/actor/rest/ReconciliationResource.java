package io.corridor.actor.rest;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.corridor.actor.api.PropertyProposal;
import io.corridor.actor.api.ReconciliationBatch;
import io.corridor.actor.api.ReconciliationForm;
import io.corridor.actor.api.ReconciliationManifest;
import io.corridor.actor.api.ReconciliationResult;
import io.corridor.actor.service.ReconciliationService;
import io.corridor.support.problem.ProblemException;
import io.corridor.support.security.Roles;
import io.smallrye.mutiny.Uni;

/**
 * The registry as a W3C Reconciliation Service (API 0.2, what OpenRefine 3.x speaks): the manifest at the service
 * URL, batches of queries posted as the form parameter queries (or as JSON), previews, proposed properties and data
 * extension (form parameter extend).
 */
@Path("/api/v1/reconcile")
@Tag(name = "Reconciliation", description = "Match lists of names against the registry (W3C Reconciliation Service API 0.2, for OpenRefine)")
@Produces(MediaType.APPLICATION_JSON)
public class ReconciliationResource {

    private final ReconciliationService reconciliation;
    private final ReconciliationForms forms;
    private final String publicUrl;

    public ReconciliationResource(ReconciliationService reconciliation, ReconciliationForms forms,
            @ConfigProperty(name = "corridor.public-url") String publicUrl) {
        this.reconciliation = reconciliation;
        this.forms = forms;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    @GET
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "getReconciliationManifest", summary = "The reconciliation service's manifest",
            description = "What OpenRefine reads when the service is added: name, identifier and schema spaces (actors and "
                    + "their kinds at the gateway), default types (actor, instrument, each kind), the preview and view URL "
                    + "templates, and where data extension proposes properties.")
    @APIResponse(responseCode = "200", description = "The manifest")
    public ReconciliationManifest manifest() {
        String base = publicUrl + "/api/v1";
        return new ReconciliationManifest(List.of("0.1", "0.2"), "Corridor actor registry", base + "/actors/",
                base + "/reconcile/types/", ReconciliationService.types(), Map.of("url", base + "/actors/{{id}}"),
                Map.of("url", base + "/reconcile/preview?id={{id}}", "width", 400, "height", 160),
                Map.of("propose_properties", Map.of("service_url", publicUrl, "service_path", "/api/v1/reconcile/properties"),
                        "property_settings", List.of()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "reconcile", summary = "Reconcile a batch of names, or extend reconciled actors",
            description = "As OpenRefine posts them: queries={\"q0\": {\"query\": \"HCME\", \"type\": \"diaspora_institution\", "
                    + "\"properties\": [{\"pid\": \"country\", \"v\": \"MLI\"}], \"limit\": 3}} answers {\"q0\": {\"result\": "
                    + "[candidates]}}; extend={\"ids\": [\"28\"], \"properties\": [{\"id\": \"country\"}]} answers the "
                    + "properties of each actor. A candidate is a certain match when a registered name, alias or acronym "
                    + "equals the query up to case, accents and apostrophes, names no other actor of the type, and no property "
                    + "given contradicts it; near names (typos, words left out) score below 100.")
    @APIResponse(responseCode = "200", description = "Candidates per query key, or the extension asked for",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                    description = "{key: ReconciliationResult} for queries, an ExtensionResponse for extend")))
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED,
            schema = @Schema(implementation = ReconciliationForm.class)))
    public Uni<Object> reconcile(String body) {
        Map<String, String> fields = forms.fields(body);
        String queries = fields.get("queries");
        String extend = fields.get("extend");
        boolean hasQueries = queries != null && !queries.isBlank();
        boolean hasExtend = extend != null && !extend.isBlank();
        if (hasQueries == hasExtend) {
            throw ProblemException.invalid("queries", "send either queries or extend");
        }
        if (hasQueries) {
            return reconciliation.reconcile(forms.queries(queries).queries()).map(r -> r);
        }
        return reconciliation.extend(forms.extension(extend)).map(r -> r);
    }

    @POST
    @Path("queries")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "reconcileJson", summary = "Reconcile a batch of names sent as JSON",
            description = "The same queries as the form parameter, in a JSON body {\"queries\": {\"q0\": {...}}}.")
    @APIResponse(responseCode = "200", description = "Candidates per query key", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT,
                    additionalProperties = ReconciliationResult.class)))
    public Uni<Map<String, ReconciliationResult>> reconcileJson(@NotNull @Valid ReconciliationBatch batch) {
        return reconciliation.reconcile(batch.queries());
    }

    @GET
    @Path("preview")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "previewReconciledActor", summary = "An actor's preview card (HTML)", description = "What "
            + "OpenRefine shows in its preview pane: the name, kind, other names, country, dates and description. A merged "
            + "id shows its survivor.")
    @APIResponse(responseCode = "200", description = "The card", content = @Content(mediaType = MediaType.TEXT_HTML,
            schema = @Schema(type = SchemaType.STRING)))
    public Uni<String> preview(@Parameter(description = "Actor id", required = true, example = "1")
            @QueryParam("id") @NotBlank @Size(max = 30) String id) {
        return reconciliation.preview(id);
    }

    @GET
    @Path("properties")
    @RolesAllowed(Roles.READER)
    @Operation(operationId = "proposeReconciliationProperties", summary = "Properties a type of actor offers for data "
            + "extension", description = "The same for every type: country, kind, key, Wikidata item, dates, description.")
    @APIResponse(responseCode = "200", description = "The properties")
    public PropertyProposal properties(
            @Parameter(description = "A type id of the manifest", example = "diaspora_institution") @QueryParam("type") @Size(max = 100) String type,
            @Parameter(description = "At most this many") @QueryParam("limit") @Min(1) @Max(100) Integer limit) {
        return ReconciliationService.properties(type, limit);
    }
}
