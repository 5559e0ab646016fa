package io.corridor.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** One database per service, one for the gateway's audit trail, one for Keycloak: plain StatefulSets in dev, CloudNativePG in prod. */
class DatabaseTest {

    private static final List<String> SERVICES = List.of("gateway", "document-service", "actor-service", "remittance-service");

    /** host and database of a JDBC URL. */
    record Target(String host, int port, String database) {
        static Target of(String jdbcUrl) {
            URI uri = URI.create(jdbcUrl.replaceFirst("^jdbc:", ""));
            return new Target(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), uri.getPath().substring(1));
        }
    }

    static Map<String, Target> targets(Manifests m) {
        Map<String, Target> targets = new HashMap<>();
        for (String service : SERVICES) {
            Map<String, String> env = m.environment(m.container(service));
            Target jdbc = Target.of(env.get("QUARKUS_DATASOURCE_JDBC_URL"));
            Target reactive = Target.of("jdbc:" + env.get("QUARKUS_DATASOURCE_REACTIVE_URL"));
            assertEquals(jdbc, reactive, service + ": JDBC (Flyway) and reactive URLs must name the same database");
            targets.put(service, jdbc);
        }
        targets.put("keycloak", Target.of(m.environment(m.container("keycloak")).get("KC_DB_URL")));
        return targets;
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void eachServiceAndKeycloakUseTheirOwnDatabase(Overlay overlay) throws IOException {
        Map<String, Target> targets = targets(overlay.manifests());
        assertEquals(targets.size(), targets.values().stream().map(Target::host).distinct().count(),
                "a database server shared between " + targets);
        for (var e : targets.entrySet()) {
            String db = Manifests.DATABASE_OF.get(e.getKey());
            assertEquals(db + "-rw", e.getValue().host(), e.getKey() + " talks to the read-write Service of " + db);
        }
        // The same database names as the local stack (./corridor): one schema history per service.
        for (String service : SERVICES) {
            Properties local = new Properties();
            try (Reader r = Files.newBufferedReader(Overlay.root().resolve(service + "/src/main/resources/application.properties"))) {
                local.load(r);
            }
            assertEquals(Target.of(local.getProperty("quarkus.datasource.jdbc.url")).database(),
                    targets.get(service).database(), service);
        }
    }

    @Test
    void devRunsPlainPostgresqlStatefulSets() {
        Manifests m = Overlay.DEV.manifests();
        assertEquals(List.of(), m.custom("Cluster"));
        for (var e : targets(m).entrySet()) {
            String db = Manifests.DATABASE_OF.get(e.getKey());
            StatefulSet set = m.get(StatefulSet.class, db);
            Service service = m.get(Service.class, e.getValue().host());
            assertTrue(set.getSpec().getTemplate().getMetadata().getLabels().entrySet()
                    .containsAll(service.getSpec().getSelector().entrySet()), service.getMetadata().getName() + " selects " + db);
            assertEquals(e.getValue().port(), service.getSpec().getPorts().get(0).getPort());
            String created = set.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv().stream()
                    .filter(v -> v.getName().equals("POSTGRES_DB")).findFirst().orElseThrow().getValue();
            assertEquals(e.getValue().database(), created, db + " creates the database its client uses");
            assertNotNull(set.getSpec().getVolumeClaimTemplates(), db + " keeps its data on a volume");
        }
    }

    @Test
    void prodRunsOneCloudNativePgClusterPerDatabase() {
        Manifests m = Overlay.PROD.manifests();
        assertEquals(List.of(), m.all(StatefulSet.class));
        for (var e : targets(m).entrySet()) {
            String db = Manifests.DATABASE_OF.get(e.getKey());
            GenericKubernetesResource cluster = m.custom("Cluster").stream()
                    .filter(c -> c.getMetadata().getName().equals(db)).findFirst()
                    .orElseThrow(() -> new AssertionError("no CloudNativePG Cluster " + db));
            assertEquals("postgresql.cnpg.io/v1", cluster.getApiVersion());
            assertEquals(e.getValue().database(), cluster.get("spec", "bootstrap", "initdb", "database"), db);
            assertEquals(e.getValue().database(), cluster.get("spec", "bootstrap", "initdb", "owner"), db);
            assertTrue(((Number) cluster.get("spec", "instances")).intValue() >= 2, db + " has a standby");
            assertNotNull(cluster.get("spec", "backup", "barmanObjectStore", "destinationPath"), db + " is backed up");
            assertEquals(db, cluster.get("spec", "inheritedMetadata", "labels", "app.kubernetes.io/name"),
                    db + ": its pods carry the label the NetworkPolicies select");
            assertTrue(m.custom("ScheduledBackup").stream().anyMatch(b -> db.equals(b.get("spec", "cluster", "name"))),
                    db + " has a scheduled base backup");
            // Credentials: the Secret CloudNativePG generates for the owner.
            String user = e.getKey().equals("keycloak") ? "KC_DB_USERNAME" : "QUARKUS_DATASOURCE_USERNAME";
            assertEquals("secret:" + db + "-app/username", m.environment(m.container(e.getKey())).get(user));
        }
    }
}
