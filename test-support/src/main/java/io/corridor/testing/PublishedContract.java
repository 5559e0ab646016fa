package io.corridor.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.restassured.path.json.JsonPath;

/**
 * What a service promises the gateway's assembled contract, checked in the service's own tests: the
 * operationIds it publishes (all of them, each once), the roles each operation declares, and the public
 * schema names generated clients are built on. The module that changes one of them fails first.
 */
public final class PublishedContract {

    private PublishedContract() {
    }

    /** The OpenAPI document the application under test serves. */
    public static JsonPath document() {
        return given().get(OpenApiContract.DOCUMENT).then().statusCode(200).extract().jsonPath();
    }

    /** Exactly these operationIds, each once, and every operation declares the roles it requires. */
    public static void assertOperations(JsonPath document, Set<String> operationIds) {
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        List<String> ids = new ArrayList<>();
        paths.forEach((path, item) -> item.forEach((verb, operation) -> {
            ids.add(String.valueOf(operation.get("operationId")));
            Object roles = operation.get("x-corridor-roles");
            assertTrue(roles instanceof List<?> list && !list.isEmpty(), verb + " " + path + " declares no roles");
        }));
        assertEquals(new TreeSet<>(operationIds), new TreeSet<>(ids));
        assertEquals(operationIds.size(), ids.size(), "an operationId is used twice: " + ids);
    }

    /** These schema names are all in the document. */
    public static void assertSchemas(JsonPath document, Set<String> names) {
        Set<String> schemas = document.<String, Object> getMap("components.schemas").keySet();
        assertTrue(schemas.containsAll(names), "missing: " + names.stream().filter(s -> !schemas.contains(s)).toList());
    }
}
