package io.corridor.gateway.openapi;

import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * The composite views embed the services' representations as the services wrote them (the gateway holds
 * them as JSON, not as copies of their records): their members name the services' own schemas, which the
 * assembled document carries. "[Name]" is an array of them.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class CompositeSchemas implements OASFilter {

    static final Map<String, Map<String, String>> MEMBERS = Map.of(
            "DocumentView", Map.of("document", "Document", "versions", "[DocumentVersion]", "pages", "[DocumentPage]",
                    "claims", "[Claim]"),
            "ActorDossier", Map.of("actor", "Actor", "relations", "[Relation]", "network", "Network", "timeline", "Timeline"),
            "DossierDocuments", Map.of("items", "[SearchHit]"),
            "DossierSeries", Map.of("observations", "[Observation]"),
            "ViewAnnotations", Map.of("items", "[Annotation]"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        MEMBERS.forEach((composite, members) -> {
            Schema schema = schemas.get(composite);
            if (schema == null || schema.getProperties() == null) {
                return;
            }
            members.forEach((member, target) -> {
                Schema property = schema.getProperties().get(member);
                if (property == null) {
                    throw new IllegalStateException(composite + " has no member " + member);
                }
                boolean array = target.startsWith("[");
                String name = array ? target.substring(1, target.length() - 1) : target;
                if (!schemas.containsKey(name)) {
                    throw new IllegalStateException(composite + "." + member + " names " + name
                            + ", which no service's document defines");
                }
                Schema ref = OASFactory.createSchema().ref("#/components/schemas/" + name);
                String description = property.getDescription();
                Schema replacement;
                if (array) {
                    replacement = OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(ref).description(description);
                } else {
                    // A $ref takes no siblings in OpenAPI 3.0: allOf carries the member's own description.
                    replacement = description == null ? ref : OASFactory.createSchema().addAllOf(ref).description(description);
                }
                schema.addProperty(member, replacement);
            });
        });
    }
}
