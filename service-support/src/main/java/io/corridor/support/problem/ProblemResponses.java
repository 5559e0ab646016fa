package io.corridor.support.problem;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents the problem responses every operation can give, so that the OpenAPI document states
 * what the problem mappers do: 400, 401, 403, 404, 406, 429, 500 and 503 as {@code application/problem+json}
 * on every operation (429 and 503 with {@code Retry-After}), 413/415 where there is a body, 412/428 where
 * If-Match is taken, plus whatever an operation declares itself.
 */
public class ProblemResponses implements OASFilter {

    private static final String RETRY_AFTER = "Retry-After";

    private static final Map<String, String> COMMON = Map.of(
            "400", "The request is invalid; errors name each field at fault",
            "401", "No valid bearer token",
            "403", "The caller's roles do not allow this operation",
            "404", "No such resource, or one the caller may not see",
            "406", "None of the media types in Accept is one this operation answers with",
            "429", "Rate limit reached; retry after the Retry-After header's seconds",
            "500", "Unexpected error; the detail carries an id to report",
            "503", "A service behind this one is unavailable; retry after the Retry-After header's seconds");

    /** What any operation with a request body can also answer. */
    private static final Map<String, String> WITH_BODY = Map.of(
            "413", "The request body is larger than the server accepts",
            "415", "The body's media type is not one this operation accepts");

    /** What an operation guarded by If-Match can also answer. */
    private static final Map<String, String> CONDITIONAL = Map.of(
            "412", "If-Match names another version: the resource changed since it was read",
            "428", "If-Match is required for this change");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                APIResponses responses = operation.getResponses();
                if (responses == null) {
                    responses = OASFactory.createAPIResponses();
                    operation.setResponses(responses);
                }
                document(responses, COMMON);
                if (operation.getRequestBody() != null) {
                    document(responses, WITH_BODY);
                }
                boolean conditional = operation.getParameters() != null && operation.getParameters().stream()
                        .anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()));
                if (conditional) {
                    document(responses, CONDITIONAL);
                }
                // An error an operation declares itself (409, 422...) is a problem document too.
                responses.getAPIResponses().forEach((status, declared) -> {
                    if (status.matches("[45]\\d\\d") && declared.getContent() == null) {
                        declared.setContent(problem(declared.getDescription()).getContent());
                    }
                    if ((status.equals("429") || status.equals("503"))
                            && (declared.getHeaders() == null || !declared.getHeaders().containsKey(RETRY_AFTER))) {
                        // Every 503 carries it (Problems.response); a rate limiter's 429 should.
                        declared.addHeader(RETRY_AFTER, OASFactory.createHeader().required(status.equals("503"))
                                .description("Seconds to wait before trying again")
                                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).minimum(BigDecimal.ZERO)));
                    }
                });
            }
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        if (openAPI.getComponents().getSchemas() == null || !openAPI.getComponents().getSchemas().containsKey("Problem")) {
            openAPI.getComponents().addSchema("Problem", problemSchema());
        }
    }

    private static void document(APIResponses responses, Map<String, String> statuses) {
        for (Map.Entry<String, String> status : statuses.entrySet()) {
            if (!responses.hasAPIResponse(status.getKey())) {
                responses.addAPIResponse(status.getKey(), problem(status.getValue()));
            } else {
                var declared = responses.getAPIResponse(status.getKey());
                if (declared.getContent() == null) {
                    declared.setContent(problem(status.getValue()).getContent());
                }
            }
        }
    }

    /** The schema of {@link Problem} and {@link Violation}, which no operation returns directly. */
    private static Schema problemSchema() {
        Schema violation = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("A field or row at fault, with the reason")
                .addProperty("field", text("Field, parameter or column at fault"))
                .addProperty("row", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))
                        .description("1-based row of an uploaded file"))
                .addProperty("value", text("The rejected value, when it is safe to echo"))
                .addProperty("message", text("Why it was rejected"));
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details")
                .required(List.of("type", "title", "status"))
                .addProperty("type", text("URI identifying the kind of problem"))
                .addProperty("title", text("Short summary of the kind of problem"))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER))
                        .description("HTTP status code"))
                .addProperty("detail", text("Explanation specific to this occurrence"))
                .addProperty("instance", text("URI reference of the request that failed"))
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY)).items(violation));
    }

    private static Schema text(String description) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description(description);
    }

    static org.eclipse.microprofile.openapi.models.responses.APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description)
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))));
    }
}
