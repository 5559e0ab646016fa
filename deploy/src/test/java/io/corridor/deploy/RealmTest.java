package io.corridor.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Volume;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Keycloak realm each overlay applies with keycloak-config-cli (the Job keycloak-config): the
 * local one in dev, a clean one in prod, client secrets from Secrets.
 */
class RealmTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** keycloak-config-cli's substitution of an environment variable: $(env:NAME). */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\(env:([A-Z][A-Z0-9_]*)\\)");
    /** Keycloak's own ${...} placeholders (message keys, client_id): not ours, left as they are. */
    private static final Pattern KEYCLOAK_PLACEHOLDER = Pattern.compile("\\$\\{[^}]+}");

    static Path localRealm() {
        return Overlay.root().resolve("deploy/keycloak/corridor-realm.json");
    }

    static Path prodRealm() {
        return Overlay.PROD.path().resolve("corridor-realm.json");
    }

    static JsonNode read(Path file) throws IOException {
        return JSON.readTree(Files.readString(file));
    }

    /** The realm file, as kustomize put it into the ConfigMap that the Job keycloak-config reads. */
    static String imported(Overlay overlay) {
        Manifests m = overlay.manifests();
        var job = m.job("keycloak-config");
        var pod = job.getSpec().getTemplate().getSpec();
        Container cli = pod.getContainers().get(0);
        assertTrue(cli.getImage().contains("keycloak-config-cli"), cli.getImage());
        Map<String, String> env = m.environment(cli);
        assertEquals("file:/config/*", env.get("IMPORT_FILES_LOCATIONS"));
        assertEquals("true", env.get("IMPORT_VARSUBSTITUTION_ENABLED"));
        // Re-applied at every run even when the file is unchanged (a rotated secret changes no byte of it).
        assertEquals("false", env.get("IMPORT_CACHE_ENABLED"));
        assertEquals("http://keycloak:8080", env.get("KEYCLOAK_URL"));
        assertEquals("secret:keycloak-admin/password", env.get("KEYCLOAK_PASSWORD").replaceAll("-[a-z0-9]{10}/", "/"));
        var mount = cli.getVolumeMounts().stream().filter(v -> v.getMountPath().equals("/config"))
                .findFirst().orElseThrow(() -> new AssertionError("no realm mounted at /config"));
        Volume volume = pod.getVolumes().stream().filter(v -> v.getName().equals(mount.getName())).findFirst().orElseThrow();
        ConfigMap realm = m.get(ConfigMap.class, volume.getConfigMap().getName());
        assertEquals(Set.of("corridor-realm.json"), realm.getData().keySet());
        return realm.getData().get("corridor-realm.json");
    }

    @Test
    void keycloakNoLongerImportsAtStartTheJobAppliesTheRealm() {
        for (Overlay overlay : Overlay.values()) {
            Container kc = overlay.manifests().container("keycloak");
            assertFalse(kc.getArgs().contains("--import-realm"), overlay + ": the Job applies the realm, every deploy");
            assertTrue(kc.getEnv().stream().noneMatch(v -> v.getName().startsWith("CORRIDOR_")),
                    overlay + ": client secrets go to the Job only");
            // A finished Job is removed so that the next apply runs it again (docs/operations.md).
            var job = overlay.manifests().job("keycloak-config");
            assertTrue(job.getSpec().getTtlSecondsAfterFinished() != null && job.getSpec().getTtlSecondsAfterFinished() <= 3600);
        }
    }

    @Test
    void devImportsTheLocalRealmUnchanged() throws IOException {
        // No copy: the dev overlay takes the ConfigMap from the kustomize base deploy/keycloak,
        // which generates it from the very file ./corridor up imports.
        assertEquals(Files.readString(localRealm()), imported(Overlay.DEV));
        String dev = Files.readString(Overlay.DEV.path().resolve("kustomization.yaml"));
        assertTrue(dev.contains("- ../../../keycloak"), "dev takes the realm base");
        try (var files = Files.walk(Overlay.root().resolve("deploy/kubernetes"))) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().equals("corridor-realm.json"))
                    .filter(f -> !f.startsWith(Overlay.PROD.path()))
                    .map(Path::toString).toList(), "a copy of the local realm under deploy/kubernetes");
        }
    }

    @Test
    void prodImportsItsOwnRealmFile() throws IOException {
        assertEquals(Files.readString(prodRealm()), imported(Overlay.PROD));
    }

    @Test
    void prodRealmHasNoDemoUsers() throws IOException {
        List<String> people = new ArrayList<>();
        for (JsonNode user : read(prodRealm()).path("users")) {
            // A client's service account is no person: it has no password and cannot log in.
            boolean serviceAccount = user.hasNonNull("serviceAccountClientId")
                    && user.path("username").asText().startsWith("service-account-")
                    && user.path("credentials").isEmpty();
            if (!serviceAccount) {
                people.add(user.path("username").asText());
            }
        }
        assertEquals(List.of(), people, "users in the production realm");
    }

    @Test
    void prodRealmAllowsNoPasswordGrant() throws IOException {
        List<String> direct = new ArrayList<>();
        collect(read(prodRealm()), "", (path, node) -> {
            if (path.endsWith("directAccessGrantsEnabled") && node.asBoolean(false)) {
                direct.add(path);
            }
        });
        assertEquals(List.of(), direct);
        for (JsonNode client : read(prodRealm()).path("clients")) {
            assertFalse(client.path("implicitFlowEnabled").asBoolean(false), client.path("clientId").asText());
        }
    }

    @Test
    void prodRealmCommitsNoClientSecret() throws IOException {
        List<String> literal = new ArrayList<>();
        collect(read(prodRealm()), "", (path, node) -> {
            String key = path.substring(path.lastIndexOf('.') + 1);
            if (key.toLowerCase().contains("secret") && node.isTextual() && !PLACEHOLDER.matcher(node.asText()).matches()) {
                literal.add(path + "=" + node.asText());
            }
            if (node.isTextual() && node.asText().contains("localhost")) {
                literal.add(path + " points at localhost");
            }
        });
        assertEquals(List.of(), literal);
    }

    @Test
    void everyPlaceholderOfTheProdRealmIsInTheJobsEnvironment() throws IOException {
        String realm = Files.readString(prodRealm());
        Set<String> needed = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(realm);
        while (matcher.find()) {
            needed.add(matcher.group(1));
        }
        assertEquals(Set.of("CORRIDOR_WEB_CLIENT_SECRET", "CORRIDOR_API_CLIENT_SECRET", "CORRIDOR_PUBLIC_URL"), needed);
        Manifests m = Overlay.PROD.manifests();
        Container cli = m.job("keycloak-config").getSpec().getTemplate().getSpec().getContainers().get(0);
        Map<String, String> env = m.environment(cli);
        assertEquals(Set.of(), needed.stream().filter(n -> !env.containsKey(n)).collect(java.util.stream.Collectors.toSet()),
                "placeholders keycloak-config-cli cannot resolve");
        // The client secrets come from their Secrets, by reference: the rendered Job holds no value.
        assertEquals("secret:corridor-web-client/secret", env.get("CORRIDOR_WEB_CLIENT_SECRET"));
        assertEquals("secret:corridor-api-client/secret", env.get("CORRIDOR_API_CLIENT_SECRET"));
        // An old-style ${CORRIDOR_...} would reach Keycloak unresolved.
        Matcher keycloak = KEYCLOAK_PLACEHOLDER.matcher(realm);
        while (keycloak.find()) {
            assertFalse(keycloak.group().startsWith("${CORRIDOR"), keycloak.group());
        }
    }

    @Test
    void noSecretValueInAnyRenderedObjectOfProd() throws IOException {
        // Whatever the store holds, the rendered prod objects (realm ConfigMap and Job included)
        // name the Secrets and never carry a client secret: no literal secret-looking value.
        Manifests m = Overlay.PROD.manifests();
        List<String> literal = new ArrayList<>();
        for (JsonNode object : m.json) {
            collect(object, object.path("kind").asText() + "/" + object.path("metadata").path("name").asText(), (path, node) -> {
                String key = path.substring(path.lastIndexOf('.') + 1);
                if (key.equalsIgnoreCase("secret") && node.isTextual() && !PLACEHOLDER.matcher(node.asText()).matches()) {
                    literal.add(path);
                }
                if (node.isTextual() && (node.asText().contains("dev-secret") || node.asText().contains("-dev-"))) {
                    literal.add(path + " holds a development secret");
                }
            });
        }
        for (JsonNode realm : List.of(read(prodRealm()))) {
            collect(realm, "realm", (path, node) -> {
                if (path.endsWith(".secret") && !PLACEHOLDER.matcher(node.asText()).matches()) {
                    literal.add(path);
                }
            });
        }
        assertEquals(List.of(), literal);
    }

    @Test
    void prodRealmKeepsTheLocalRolesScopesAndClients() throws IOException {
        JsonNode local = read(localRealm());
        JsonNode prod = read(prodRealm());
        assertEquals(local.path("realm"), prod.path("realm"));
        assertEquals(names(local.path("roles").path("realm"), "name"), names(prod.path("roles").path("realm"), "name"));
        assertEquals(names(local.path("clientScopes"), "name"), names(prod.path("clientScopes"), "name"));
        assertEquals(names(local.path("groups"), "name"), names(prod.path("groups"), "name"));
        Set<String> clients = names(local.path("clients"), "clientId");
        clients.remove("corridor-cli"); // the password-grant client is for local scripts and tests only
        assertEquals(clients, names(prod.path("clients"), "clientId"));
        // "external": HTTPS for every address outside the cluster (browsers reach Keycloak only
        // through the edge, over HTTPS; KC_PROXY_HEADERS gives Keycloak their real address). Not
        // "all": the gateway and the services call the token and JWKS endpoints inside the
        // cluster over plain HTTP (KC_HOSTNAME_BACKCHANNEL_DYNAMIC), which "all" refuses with
        // "HTTPS required" (Keycloak's TokenEndpoint.checkSsl), so no code exchange would succeed.
        assertEquals("external", prod.path("sslRequired").asText());
        Manifests m = Overlay.PROD.manifests();
        Map<String, String> kc = m.environment(m.container("keycloak"));
        assertEquals("xforwarded", kc.get("KC_PROXY_HEADERS"), "Keycloak sees the browser's address, not Envoy's");
        assertEquals("true", kc.get("KC_HOSTNAME_BACKCHANNEL_DYNAMIC"));
    }

    @Test
    void devClientSecretsMatchTheLocalRealm() throws IOException {
        // The gateway authenticates to Keycloak with the secret of corridor-web: both must agree.
        Manifests m = Overlay.DEV.manifests();
        String gatewaySecret = m.environment(m.container("gateway")).get("CORRIDOR_WEB_CLIENT_SECRET");
        assertEquals("secret:corridor-web-client", gatewaySecret.substring(0, "secret:corridor-web-client".length()));
        var secret = m.all(io.fabric8.kubernetes.api.model.Secret.class).stream()
                .filter(s -> s.getMetadata().getName().startsWith("corridor-web-client")).findFirst().orElseThrow();
        String value = new String(java.util.Base64.getDecoder().decode(secret.getData().get("secret")));
        JsonNode web = StreamSupport.stream(read(localRealm()).path("clients").spliterator(), false)
                .filter(c -> c.path("clientId").asText().equals("corridor-web")).findFirst().orElseThrow();
        assertEquals(web.path("secret").asText(), value);
    }

    private static Set<String> names(JsonNode array, String field) {
        Set<String> names = new TreeSet<>();
        array.forEach(n -> names.add(n.path(field).asText()));
        return names;
    }

    private static void collect(JsonNode node, String path, java.util.function.BiConsumer<String, JsonNode> visitor) {
        visitor.accept(path, node);
        if (node.isObject()) {
            node.properties().forEach(e -> collect(e.getValue(), path + "." + e.getKey(), visitor));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", visitor);
            }
        }
    }

    @Test
    void prodPublicUrlsAreTheHostsTheEdgeServes() {
        // Redirect URIs of corridor-web and the issuer of every token come from these two URLs.
        Manifests m = Overlay.PROD.manifests();
        Map<String, String> env = m.environment(m.container("keycloak"));
        Map<String, String> hostOf = new java.util.HashMap<>();
        for (JsonNode route : m.json("HTTPRoute")) {
            for (JsonNode rule : route.path("spec").path("rules")) {
                for (JsonNode backend : rule.path("backendRefs")) {
                    route.path("spec").path("hostnames").forEach(h -> hostOf.put(backend.path("name").asText(), h.asText()));
                }
            }
        }
        assertEquals("https://" + hostOf.get("gateway"), env.get("CORRIDOR_PUBLIC_URL"));
        assertEquals("https://" + hostOf.get("keycloak"), env.get("KC_HOSTNAME"));
        Container cli = m.job("keycloak-config").getSpec().getTemplate().getSpec().getContainers().get(0);
        assertEquals(env.get("CORRIDOR_PUBLIC_URL"), m.environment(cli).get("CORRIDOR_PUBLIC_URL"), "redirect URIs of corridor-web");
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void keycloakRunsOnItsOwnDatabase(Overlay overlay) {
        Manifests m = overlay.manifests();
        Map<String, String> env = m.environment(m.container("keycloak"));
        assertTrue(env.get("KC_DB_URL").startsWith("jdbc:postgresql://keycloak-db-rw:5432/"), env.get("KC_DB_URL"));
        // dev: the generated Secret carries kustomize's hash suffix; prod: CloudNativePG's name.
        assertTrue(env.get("KC_DB_PASSWORD").matches("secret:keycloak-db-app(-[a-z0-9]{10})?/password"), env.get("KC_DB_PASSWORD"));
    }
}
