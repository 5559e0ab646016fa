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

/** The Keycloak realm each overlay imports: the local one in dev, a clean one in prod. */
class RealmTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(:[^}]*)?}");

    static Path localRealm() {
        return Overlay.root().resolve("deploy/keycloak/corridor-realm.json");
    }

    static Path prodRealm() {
        return Overlay.PROD.path().resolve("corridor-realm.json");
    }

    static JsonNode read(Path file) throws IOException {
        return JSON.readTree(Files.readString(file));
    }

    /** The realm file, as kustomize put it into the ConfigMap that Keycloak mounts. */
    static String imported(Overlay overlay) {
        Manifests m = overlay.manifests();
        var pod = m.deployment("keycloak").getSpec().getTemplate().getSpec();
        Container kc = m.container("keycloak");
        assertTrue(kc.getArgs().contains("--import-realm"), "Keycloak imports the realm at start");
        var mount = kc.getVolumeMounts().stream().filter(v -> v.getMountPath().equals("/opt/keycloak/data/import"))
                .findFirst().orElseThrow(() -> new AssertionError("no realm mounted at /opt/keycloak/data/import"));
        Volume volume = pod.getVolumes().stream().filter(v -> v.getName().equals(mount.getName())).findFirst().orElseThrow();
        ConfigMap realm = m.get(ConfigMap.class, volume.getConfigMap().getName());
        assertEquals(Set.of("corridor-realm.json"), realm.getData().keySet());
        return realm.getData().get("corridor-realm.json");
    }

    @Test
    void devImportsTheLocalRealmUnchanged() throws IOException {
        assertEquals(Files.readString(localRealm()), imported(Overlay.DEV));
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
    void everyPlaceholderOfTheProdRealmIsInKeycloaksEnvironment() throws IOException {
        Set<String> needed = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(Files.readString(prodRealm()));
        while (matcher.find()) {
            if (matcher.group(2) == null) {
                needed.add(matcher.group(1));
            }
        }
        assertFalse(needed.isEmpty());
        Manifests m = Overlay.PROD.manifests();
        Map<String, String> env = m.environment(m.container("keycloak"));
        needed.removeAll(env.keySet());
        assertEquals(Set.of(), needed, "placeholders Keycloak cannot resolve");
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
        assertEquals("all", prod.path("sslRequired").asText());
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
    void prodPublicUrlsAreTheHostsTheIngressServes() {
        // Redirect URIs of corridor-web and the issuer of every token come from these two URLs.
        Manifests m = Overlay.PROD.manifests();
        Map<String, String> env = m.environment(m.container("keycloak"));
        var ingress = m.get(io.fabric8.kubernetes.api.model.networking.v1.Ingress.class, "corridor");
        Map<String, String> hostOf = new java.util.HashMap<>();
        ingress.getSpec().getRules().forEach(r -> hostOf.put(r.getHttp().getPaths().get(0).getBackend().getService().getName(), r.getHost()));
        assertEquals("https://" + hostOf.get("gateway"), env.get("CORRIDOR_PUBLIC_URL"));
        assertEquals("https://" + hostOf.get("keycloak"), env.get("KC_HOSTNAME"));
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
