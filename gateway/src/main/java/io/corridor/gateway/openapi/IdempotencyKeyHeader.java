package io.corridor.gateway.openapi;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import io.corridor.support.problem.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Documents the edge (proxy.IdempotentPost) once for every POST of the API: the optional Idempotency-Key header and
 * the problems it may answer (400 malformed key, 409 key in use, 422 key reused for another request).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class IdempotencyKeyHeader implements OASFilter {

    static final String DESCRIPTION = "Makes a retry safe (draft-ietf-httpapi-idempotency-key-header): a repeat of this "
            + "request with the same key within 24 hours gets the first answer again (status, Location, ETag, body) and "
            + "nothing is done twice. Keys are the caller's own: 1 to 255 visible ASCII characters, bare or as a quoted "
            + "string, e.g. a UUID. A 5xx answer is not kept, so the request may be retried with the same key.";

    private static final Map<String, String> PROBLEMS = Map.of(
            "400", "Idempotency-Key is not 1 to 255 visible ASCII characters (errors name Idempotency-Key)",
            "409", "A request with this Idempotency-Key is still being processed: retry once it has answered",
            "422", "This Idempotency-Key was sent with a different request (method, path, query, media type or body)");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            Operation post = item.getOperations().get(PathItem.HttpMethod.POST);
            if (path.startsWith("/api/") && post != null) {
                document(post);
            }
        });
    }

    private static org.eclipse.microprofile.openapi.models.media.Content problem() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem")));
    }

    private static void document(Operation post) {
        post.addParameter(OASFactory.createParameter().name("Idempotency-Key").in(Parameter.In.HEADER)
                .required(false).description(DESCRIPTION)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).minLength(1).maxLength(257)
                        .pattern("^[!-~]+$").examples(java.util.List.of("5b8c2e7a-4f0d-4b7e-9a51-2f3c1d6e8a90"))));
        PROBLEMS.forEach((status, text) -> {
            APIResponse existing = post.getResponses().getAPIResponse(status);
            if (existing != null) {
                String described = existing.getDescription();
                existing.setDescription(described == null || described.isBlank() ? text : described + "; or: " + text);
                if (existing.getContent() == null || existing.getContent().getMediaTypes() == null
                        || existing.getContent().getMediaTypes().isEmpty()) {
                    existing.setContent(problem());
                }
                return;
            }
            post.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().description(text).content(problem()));
        });
    }
}
