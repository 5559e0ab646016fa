package io.corridor.support.openapi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.jboss.logging.Logger;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Fails the build of an application whose OpenAPI document has an operation without an {@code operationId}
 * or two operations with the same one. Generated clients name their methods after these ids, and the public
 * document is assembled from every service's: an id must be written once, by hand, and stay stable
 * ({@code @Operation(operationId = "listDocuments")}), never derived from a path.
 * <p>
 * {@value #ENFORCED}{@code =false} turns the failure into a warning, for an application on its way there.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class OperationIds implements OASFilter {

    public static final String ENFORCED = "corridor.openapi.operation-ids.enforced";
    private static final Logger LOG = Logger.getLogger(OperationIds.class);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        List<String> faults = faults(openAPI);
        if (faults.isEmpty()) {
            return;
        }
        String message = "OpenAPI operations need a unique, explicit operationId (@Operation(operationId = ...)):\n  "
                + String.join("\n  ", faults);
        boolean enforced = ConfigProvider.getConfig().getOptionalValue(ENFORCED, Boolean.class).orElse(true);
        if (enforced) {
            throw new IllegalStateException(message + "\n(" + ENFORCED + "=false makes this a warning)");
        }
        LOG.warn(message);
    }

    /** Each operation without an id, and each id used more than once, as "VERB /path: what is wrong". */
    public static List<String> faults(OpenAPI openAPI) {
        List<String> faults = new ArrayList<>();
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return faults;
        }
        Map<String, List<String>> byId = new HashMap<>();
        new TreeMap<>(openAPI.getPaths().getPathItems()).forEach((path, item) -> item.getOperations().forEach((verb, operation) -> {
            String where = verb + " " + path;
            String id = idOf(operation);
            if (id == null) {
                faults.add(where + ": no operationId");
            } else {
                byId.computeIfAbsent(id, k -> new ArrayList<>()).add(where);
            }
        }));
        byId.forEach((id, operations) -> {
            if (operations.size() > 1) {
                faults.add(String.join(", ", operations) + ": share the operationId " + id);
            }
        });
        return faults;
    }

    private static String idOf(Operation operation) {
        String id = operation.getOperationId();
        return id == null || id.isBlank() ? null : id;
    }
}
