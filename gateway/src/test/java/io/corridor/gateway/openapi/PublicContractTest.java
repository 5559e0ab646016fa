package io.corridor.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The public contract as a client developer meets it: the document the gateway serves, assembled from the
 * services' own, is linted by Redocly ({@code recommended}) and Spectral ({@code spectral:oas}) with no error,
 * names every operation, and its TypeScript types (openapi-typescript) compile. The tools come from
 * src/test/contract (npm ci during the build; -Dskip.contract=true leaves them out).
 */
@QuarkusTest
class PublicContractTest {

    private static final Set<String> VERBS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private Path tools;
    private Path document;
    private JsonNode contract;

    @BeforeEach
    void write() throws IOException {
        assumeFalse(Boolean.getBoolean("corridor.contract.skip"), "contract tools skipped (-Dskip.contract=true)");
        tools = Path.of(System.getProperty("corridor.contract.tools", "src/test/contract"));
        Files.createDirectories(tools.resolve("target"));
        document = tools.resolve("target/openapi.json");
        String served = given().accept("application/json").when().get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString();
        Files.writeString(document, served, StandardCharsets.UTF_8);
        contract = new ObjectMapper().readTree(served);
    }

    @Test
    void everyOperationHasAUniqueReadableOperationIdAndItsRoles() {
        List<String> missing = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        contract.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!VERBS.contains(op.getKey()) || op.getKey().equals("options")) {
                return;
            }
            String where = op.getKey().toUpperCase() + " " + path.getKey();
            JsonNode id = op.getValue().get("operationId");
            if (id == null || !id.asText().matches("[a-z][A-Za-z]+") || !ids.add(id.asText())) {
                missing.add(where + " operationId " + id);
            }
            if (!op.getValue().has("x-corridor-roles")) {
                missing.add(where + " x-corridor-roles");
            }
        }));
        assertTrue(missing.isEmpty(), "operations without a unique camelCase operationId or roles: " + missing);
        assertTrue(ids.size() >= 60, "operations: " + ids.size());
        assertTrue(contract.path("servers").size() > 0, "servers");
    }

    @Test
    void redoclyRecommendedFindsNoError() throws Exception {
        run("npx", "--no-install", "redocly", "lint", "--extends=recommended", "--format=stylish", document.toString());
    }

    @Test
    void spectralOasFindsNoError() throws Exception {
        run("npx", "--no-install", "spectral", "lint", "--ruleset", tools.resolve(".spectral.yaml").toString(),
                "--fail-severity=error", document.toString());
    }

    @Test
    void generatedTypeScriptTypesCompile() throws Exception {
        run("npx", "--no-install", "openapi-typescript", document.toString(), "--output",
                tools.resolve("target/corridor-api.d.ts").toString());
        run("npx", "--no-install", "tsc", "--project", tools.resolve("tsconfig.json").toString());
    }

    private void run(String... command) throws Exception {
        Path log = Files.createTempFile("contract", ".log");
        Process process = new ProcessBuilder(command).directory(tools.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        boolean done = process.waitFor(5, TimeUnit.MINUTES);
        if (!done) {
            process.destroyForcibly();
        }
        String output = Files.readString(log);
        Files.deleteIfExists(log);
        assertEquals(0, done ? process.exitValue() : -1, String.join(" ", command) + "\n" + output);
    }
}
