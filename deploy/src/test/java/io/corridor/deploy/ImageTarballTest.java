package io.corridor.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The image tarballs that the profile "images" writes (root pom; deploy/README.md, "Images"), read
 * from the files as a container runtime reads them, against the manifests that run them: non-root
 * user (the uid of the pod's securityContext), entrypoint and arguments, exposed ports (every
 * container port of the Deployment), working directory, the image name and tag each overlay pulls,
 * the digest that the prod overlay pins, and the content (the Quarkus fast-jar, an optimized
 * Keycloak). Runs in that profile only, after the images are built (surefire execution
 * "image-tarballs" of deploy/pom.xml); the default test run excludes it.
 */
class ImageTarballTest {

    private static final String KEYCLOAK = "keycloak";
    /** Written by "kc.sh build": its META-INF/keycloak-persisted.properties hold the build-time options. */
    private static final String KEYCLOAK_BUILD = "opt/keycloak/lib/quarkus/generated-bytecode.jar";
    private static final String KEYCLOAK_VERSION_FILE = "opt/keycloak/version.txt";
    private static final Map<String, ImageTarball> READ = new ConcurrentHashMap<>();

    private static Path tarball(String component) {
        String module = KEYCLOAK.equals(component) ? "deploy" : component;
        return Overlay.root().resolve(module).resolve("target/jib-image.tar");
    }

    private static ImageTarball image(String component) {
        return READ.computeIfAbsent(component, c -> {
            Path file = tarball(c);
            assertTrue(Files.isRegularFile(file), file + " missing: build it with the profile \"images\" (./corridor images)");
            try {
                return ImageTarball.read(file, Set.of(KEYCLOAK_BUILD, KEYCLOAK_VERSION_FILE));
            } catch (IOException e) {
                throw new AssertionError(file + ": " + e, e);
            }
        });
    }

    private static List<String> strings(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        assertNotNull(value, "system property " + property + " (set by deploy/pom.xml)");
        return value;
    }

    @ParameterizedTest
    @ValueSource(strings = {"gateway", "document-service", "actor-service", "remittance-service", KEYCLOAK})
    void runsAsTheManifestsRunIt(String component) {
        ImageTarball image = image(component);
        JsonNode config = image.config.path("config");
        assertEquals("linux", image.config.path("os").asText(), component);
        assertEquals("amd64", image.config.path("architecture").asText(), component);

        // A numeric, non-root user: "runAsNonRoot: true" can only verify a numeric one.
        String user = config.path("User").asText();
        assertTrue(user.matches("[0-9]+(:[0-9]+)?"), component + ": numeric user expected, not '" + user + "'");
        long uid = Long.parseLong(user.split(":")[0]);
        assertTrue(uid > 0, component + " runs as root");
        for (Overlay overlay : Overlay.values()) {
            PodSecurityContext pod = overlay.manifests().deployment(component).getSpec().getTemplate().getSpec().getSecurityContext();
            assertEquals(pod.getRunAsUser(), uid, overlay + ": " + component + " pod's runAsUser and the image's user");

            // Every port the Deployment names is exposed, and nothing else.
            Container container = overlay.manifests().container(component);
            Set<String> ports = container.getPorts().stream().map(ContainerPort::getContainerPort)
                    .map(port -> port + "/tcp").collect(Collectors.toCollection(TreeSet::new));
            assertEquals(ports, fieldNames(config.path("ExposedPorts")), overlay + ": " + component + " ports");
            // The manifests add arguments only (no command): the image's entrypoint runs.
            assertTrue(container.getCommand() == null || container.getCommand().isEmpty(), component + ": command overrides the entrypoint");
            if (!container.getArgs().isEmpty()) {
                assertEquals(container.getArgs(), strings(config.path("Cmd")), overlay + ": " + component + " args and the image's Cmd");
            }
        }
        assertFalse(image.environment().getOrDefault("JAVA_HOME", "").isEmpty(), component + ": JAVA_HOME from the base image");
    }

    private static Set<String> fieldNames(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @ParameterizedTest
    @ValueSource(strings = {"gateway", "document-service", "actor-service", "remittance-service"})
    void quarkusApplicationInFastJarLayout(String module) {
        ImageTarball image = image(module);
        JsonNode config = image.config.path("config");
        assertEquals("/deployments", config.path("WorkingDir").asText(), module);
        List<String> entrypoint = strings(config.path("Entrypoint"));
        assertEquals("java", entrypoint.get(0), module + " entrypoint " + entrypoint);
        assertEquals(List.of("-jar", "/deployments/quarkus-run.jar"), entrypoint.subList(entrypoint.size() - 2, entrypoint.size()),
                module + " entrypoint " + entrypoint);
        // Container-aware heap: a share of the memory limit, not of the node's memory.
        assertTrue(entrypoint.stream().anyMatch(a -> a.matches("-XX:MaxRAMPercentage=[0-9.]+")), module + " entrypoint " + entrypoint);
        assertTrue(entrypoint.contains("-Djava.util.logging.manager=org.jboss.logmanager.LogManager"), module + " entrypoint " + entrypoint);
        assertTrue(config.path("Cmd").isMissingNode() || config.path("Cmd").isNull() || config.path("Cmd").isEmpty(),
                module + ": no Cmd, " + config.path("Cmd"));

        // The application layer on top: the launcher, the application jar and Quarkus' generated
        // classes; the libraries in a layer of their own below it (they change less often).
        Map<String, ImageTarball.Entry> top = image.layers.get(image.layers.size() - 1);
        for (String path : List.of("deployments/quarkus-run.jar", "deployments/quarkus/quarkus-application.dat",
                "deployments/app/" + module + "-" + required("corridor.version") + ".jar")) {
            assertTrue(top.containsKey(path), module + ": " + path + " not in the top layer " + top.keySet());
        }
        assertTrue(top.keySet().stream().noneMatch(p -> p.startsWith("deployments/lib/") && p.endsWith(".jar")),
                module + ": libraries in the application layer");
        Map<String, ImageTarball.Entry> libraries = image.layerWith("deployments/lib/boot");
        assertNotNull(libraries, module + ": no deployments/lib/boot");
        assertTrue(libraries != top, module + ": libraries and application in one layer");
        assertTrue(libraries.keySet().stream().anyMatch(p -> p.startsWith("deployments/lib/main/") && p.endsWith(".jar")), module);
        // Nothing of Jib's default Java layout (/app) beside the fast-jar.
        for (int i = 1; i < image.layers.size(); i++) {
            assertTrue(image.layers.get(i).keySet().stream().noneMatch(p -> p.startsWith("app/")), module + ": Jib's /app layout in layer " + i);
        }
        // Readable by the uid the pod runs with (files are root-owned; the root filesystem is read-only).
        assertEquals(0444, image.file("deployments/quarkus-run.jar").mode() & 0444, module + " quarkus-run.jar mode");
    }

    @Test
    void keycloakOptimizedWithTheManifestsBuildOptions() throws IOException {
        ImageTarball image = image(KEYCLOAK);
        JsonNode config = image.config.path("config");
        assertEquals(List.of("/opt/keycloak/bin/kc.sh"), strings(config.path("Entrypoint")));
        assertEquals(List.of("start", "--optimized"), strings(config.path("Cmd")));
        assertEquals("/opt/keycloak", config.path("WorkingDir").asText());
        assertEquals("true", image.environment().get("KC_RUN_IN_CONTAINER"), "kc.sh sizes the heap from the memory limit");

        ImageTarball.Entry kcSh = image.file("opt/keycloak/bin/kc.sh");
        assertNotNull(kcSh, "kc.sh");
        assertEquals(0755, kcSh.mode(), "kc.sh executable");
        ImageTarball.Entry version = image.file(KEYCLOAK_VERSION_FILE);
        assertNotNull(version, "the distribution's " + KEYCLOAK_VERSION_FILE);
        assertEquals("Keycloak - Version " + required("keycloak.version"), version.text().trim(), "the version ./corridor runs");

        ImageTarball.Entry built = image.file(KEYCLOAK_BUILD);
        assertNotNull(built, "kc.sh build was not run: " + KEYCLOAK_BUILD + " missing");
        Properties options = persistedOptions(built.content());
        // What the manifests rely on without setting it (build-time options cannot be set at start).
        assertEquals("true", options.getProperty("kc.optimized"), "an optimized build " + options);
        assertEquals("postgres", options.getProperty("kc.db"), "database vendor (KC_DB_URL is a PostgreSQL URL) " + options);
        assertEquals("true", options.getProperty("kc.health-enabled"), "health endpoints for the probes " + options);
        assertEquals("true", options.getProperty("kc.metrics-enabled"), "metrics for the ServiceMonitor " + options);
        // The clustered cache of "start" (ispn, its default, is not persisted): never the local one.
        assertEquals("ispn", options.getProperty("kc.cache", "ispn"), "clustered cache for the replicas " + options);
    }

    private static Properties persistedOptions(byte[] jar) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(jar))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().equals("META-INF/keycloak-persisted.properties")) {
                    Properties options = new Properties();
                    options.load(new InputStreamReader(zip, StandardCharsets.UTF_8));
                    return options;
                }
            }
        }
        throw new AssertionError(KEYCLOAK_BUILD + " has no META-INF/keycloak-persisted.properties");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gateway", "document-service", "actor-service", "remittance-service", KEYCLOAK})
    void namedAsTheDevOverlayPullsItWithTheDigestTheBuildReports(String component) throws IOException {
        ImageTarball image = image(component);
        // The dev overlay loads the tarballs into the cluster as they are (kind load image-archive ...);
        // pushed (profile images-push), the name carries the registry in front.
        String pulled = Overlay.DEV.manifests().container(component).getImage();
        assertTrue(pulled.equals(image.reference) || image.reference.endsWith("/" + pulled),
                component + ": the tag in the tarball " + image.reference + " and the dev overlay's image " + pulled);
        String tag = KEYCLOAK.equals(component) ? required("keycloak.version") : required("corridor.version");
        assertTrue(image.reference.endsWith(":" + tag), image.reference);
        // The prod overlay's name without the registry (images: newName registry/corridor/<name>).
        String prod = Overlay.PROD.manifests().container(component).getImage();
        assertTrue(prod.contains("/corridor/" + component + ":") || prod.contains("/corridor/" + component + "@"), prod);

        // Jib's digest file is the manifest's digest: what "kustomize edit set image ...@<digest>" pins.
        Path digestFile = tarball(component).resolveSibling("jib-image.digest");
        assertEquals(image.manifestDigest, Files.readString(digestFile).trim(), digestFile.toString());
        List<String> diffIds = strings(image.config.path("rootfs").path("diff_ids"));
        assertEquals(image.manifest.path("layers").size(), diffIds.size(), component + ": layers and diff_ids");
        assertTrue(diffIds.size() >= 3, component + ": base, libraries and application layers, not " + diffIds.size());
    }

    /** The images cover every workload of the manifests that the project builds (the rest are public images). */
    @Test
    void everyDeploymentOfOurImagesHasATarball() {
        Set<String> ours = new TreeSet<>();
        Overlay.DEV.manifests().podTemplates().forEach((name, template) -> template.getSpec().getContainers().stream()
                .filter(c -> c.getImage().startsWith("corridor/")).forEach(c -> ours.add(name)));
        assertEquals(new TreeSet<>(List.of("gateway", "document-service", "actor-service", "remittance-service", KEYCLOAK)), ours);
        ours.forEach(name -> assertTrue(Files.isRegularFile(tarball(name)), name + ": no " + tarball(name)));
    }
}
