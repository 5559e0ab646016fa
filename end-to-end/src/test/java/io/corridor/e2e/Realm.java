package io.corridor.e2e;

import java.io.IOException;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads the local realm kept as code in deploy/keycloak, so tests and realm cannot disagree. */
final class Realm {

    private Realm() {
    }

    static String apiClientSecret() {
        for (JsonNode client : realm().get("clients")) {
            if ("corridor-api".equals(client.path("clientId").asText())) {
                return client.get("secret").asText();
            }
        }
        throw new IllegalStateException("corridor-api client not found in the realm");
    }

    private static JsonNode realm() {
        Path root = Path.of(System.getProperty("corridor.root", "..")).toAbsolutePath().normalize();
        try {
            return new ObjectMapper().readTree(root.resolve("deploy/keycloak/corridor-realm.json").toFile());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read deploy/keycloak/corridor-realm.json", e);
        }
    }
}
