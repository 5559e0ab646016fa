package io.corridor.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The container builds (Quarkus JVM Dockerfiles, the optimized Keycloak image) agree with the
 * manifests that run them. Building the images needs a Docker engine and a registry: a real
 * cluster's pipeline does it.
 */
class ContainerImageTest {

    private static String instruction(String dockerfile, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + "\\s+(.+)$").matcher(dockerfile);
        String last = null;
        while (m.find()) {
            last = m.group(1).trim();
        }
        return last;
    }

    @ParameterizedTest
    @ValueSource(strings = {"gateway", "document-service", "actor-service", "remittance-service"})
    void eachApplicationHasAQuarkusJvmImage(String module) throws IOException {
        Path file = Overlay.root().resolve(module).resolve("src/main/docker/Dockerfile.jvm");
        String dockerfile = Files.readString(file);
        String from = instruction(dockerfile, "FROM");
        assertTrue(from.matches("registry\\.access\\.redhat\\.com/ubi9/openjdk-21-runtime:[0-9.]+"),
                module + ": a pinned ubi9 OpenJDK 21 runtime, not " + from);
        assertEquals("185", instruction(dockerfile, "USER"), module + " runs as uid 185");
        for (String layer : List.of("lib/", "*.jar", "app/", "quarkus/")) {
            assertTrue(dockerfile.contains("COPY --chown=185 target/quarkus-app/" + layer), module + " copies " + layer);
        }
        // The manifests run it as that uid, on the port it exposes.
        Manifests m = Overlay.PROD.manifests();
        assertEquals(instruction(dockerfile, "EXPOSE"),
                String.valueOf(m.container(module).getPorts().get(0).getContainerPort()), module + " port");
        Long uid = m.deployment(module).getSpec().getTemplate().getSpec().getSecurityContext().getRunAsUser();
        assertEquals(185L, uid);
        assertTrue(m.container(module).getImage().contains("/corridor/" + module + ":"), m.container(module).getImage());
    }

    @Test
    void keycloakImageMatchesTheVersionOfTheLocalStack() throws IOException {
        String pom = Files.readString(Overlay.root().resolve("pom.xml"));
        Matcher version = Pattern.compile("<keycloak.version>([^<]+)</keycloak.version>").matcher(pom);
        assertTrue(version.find());
        String dockerfile = Files.readString(Overlay.root().resolve("deploy/kubernetes/keycloak/Dockerfile"));
        Matcher from = Pattern.compile("(?m)^FROM quay\\.io/keycloak/keycloak:(\\S+)").matcher(dockerfile);
        while (from.find()) {
            assertEquals(version.group(1), from.group(1), "Keycloak in the image and in ./corridor");
        }
        assertTrue(dockerfile.contains("kc.sh build"), "an optimized build: start --optimized never rebuilds");
        for (Overlay overlay : Overlay.values()) {
            String image = overlay.manifests().container("keycloak").getImage();
            assertTrue(image.endsWith(":" + version.group(1)), overlay + ": " + image);
        }
    }
}
