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
import java.nio.file.Path;
import java.nio.file.Files;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** One database per service, one for the gateway's audit trail, one for Keycloak: plain StatefulSets in dev, CloudNativePG in prod. */
class DatabaseTest {

    private static final List<String> SERVICES = List.of("gateway", "document-service", "actor-service", "remittance-service");
    static final String BARMAN_CLOUD = "barman-cloud.cloudnative-pg.io";

    /**
     * WAL archiving and base backups through the Barman Cloud plugin (CloudNativePG 1.26+): an
     * ObjectStore of barmancloud.cnpg.io/v1 named in spec.plugins, never the deprecated in-tree
     * spec.backup.barmanObjectStore.
     */
    static void assertBackedUpThroughThePlugin(Manifests m, GenericKubernetesResource cluster, String db) {
        assertEquals(null, (Object) cluster.get("spec", "backup", "barmanObjectStore"), db + ": deprecated barmanObjectStore");
        List<Map<String, Object>> plugins = cluster.get("spec", "plugins");
        assertNotNull(plugins, db + " has no plugins");
        Map<String, Object> archiver = plugins.stream().filter(p -> BARMAN_CLOUD.equals(p.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError(db + ": no " + BARMAN_CLOUD + " plugin"));
        assertEquals(Boolean.TRUE, archiver.get("isWALArchiver"), db + ": the plugin archives the WAL");
        @SuppressWarnings("unchecked")
        String store = (String) ((Map<String, Object>) archiver.get("parameters")).get("barmanObjectName");
        GenericKubernetesResource objectStore = m.custom("ObjectStore").stream()
                .filter(o -> o.getMetadata().getName().equals(store)).findFirst()
                .orElseThrow(() -> new AssertionError(db + ": no ObjectStore " + store));
        assertEquals("barmancloud.cnpg.io/v1", objectStore.getApiVersion());
        assertNotNull(objectStore.get("spec", "configuration", "destinationPath"), store);
        assertNotNull(objectStore.get("spec", "retentionPolicy"), store + " keeps backups for a while, not for ever");
    }

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
            assertBackedUpThroughThePlugin(m, cluster, db);
            assertTrue(String.valueOf((Object) cluster.get("spec", "imageName")).matches("ghcr\\.io/cloudnative-pg/postgresql:17\\.[0-9]+"),
                    db + ": PostgreSQL 17, pinned to a minor version");
            // Primary and standby on different nodes, or the standby is no standby.
            assertEquals(Boolean.TRUE, cluster.get("spec", "affinity", "enablePodAntiAffinity"), db);
            assertEquals("required", cluster.get("spec", "affinity", "podAntiAffinityType"), db);
            assertEquals("kubernetes.io/hostname", cluster.get("spec", "affinity", "topologyKey"), db);
            assertEquals(db, cluster.get("spec", "inheritedMetadata", "labels", "app.kubernetes.io/name"),
                    db + ": its pods carry the label the NetworkPolicies select");
            assertTrue(m.custom("ScheduledBackup").stream().anyMatch(b -> db.equals(b.get("spec", "cluster", "name"))
                            && "plugin".equals(b.get("spec", "method"))
                            && BARMAN_CLOUD.equals(b.get("spec", "pluginConfiguration", "name"))),
                    db + " has a scheduled base backup through the Barman Cloud plugin");
            // Credentials: the Secret CloudNativePG generates for the owner.
            String user = e.getKey().equals("keycloak") ? "KC_DB_USERNAME" : "QUARKUS_DATASOURCE_USERNAME";
            assertEquals("secret:" + db + "-app/username", m.environment(m.container(e.getKey())).get(user));
        }
    }

    /**
     * Connections, added up per database: every client pod that can run at once (the HPA's
     * maxReplicas, or the replicas, plus the rolling update's surge; Recreate adds none) times
     * what each pod opens (reactive pool + JDBC pool + the document-service's LISTEN connection;
     * Keycloak's pool), against max_connections less a reserve.
     */
    @ParameterizedTest
    @EnumSource(Overlay.class)
    void poolsFitMaxConnections(Overlay overlay) {
        Manifests m = overlay.manifests();
        Map<String, Integer> demand = new LinkedHashMap<>();
        List<String> figures = new ArrayList<>();
        for (var e : Manifests.DATABASE_OF.entrySet()) {
            String client = e.getKey();
            Deployment d = m.deployment(client);
            Map<String, String> env = m.environment(m.container(client));
            int pods = maxPods(m, d);
            int perPod;
            if (client.equals("keycloak")) {
                perPod = Integer.parseInt(env.getOrDefault("KC_DB_POOL_MAX_SIZE", String.valueOf(KEYCLOAK_DEFAULT_POOL)));
            } else {
                perPod = Integer.parseInt(env.getOrDefault("QUARKUS_DATASOURCE_REACTIVE_MAX_SIZE", String.valueOf(QUARKUS_DEFAULT_POOL)))
                        + Integer.parseInt(env.getOrDefault("QUARKUS_DATASOURCE_JDBC_MAX_SIZE", String.valueOf(QUARKUS_DEFAULT_POOL)))
                        + listenConnections(client);
            }
            demand.merge(e.getValue(), pods * perPod, Integer::sum);
            int max = maxConnections(m, e.getValue());
            figures.add(e.getValue() + ": " + pods + " pods x " + perPod + " = " + pods * perPod + " <= " + max + " - " + RESERVE);
        }
        System.out.println("DatabaseTest " + overlay + ": " + figures);
        List<String> problems = new ArrayList<>();
        demand.forEach((db, connections) -> {
            int max = maxConnections(m, db);
            if (connections > max - RESERVE) {
                problems.add(db + ": clients may open " + connections + " connections, max_connections " + max + " less "
                        + RESERVE + " reserved");
            }
        });
        assertEquals(List.of(), problems);
    }

    /** Quarkus' default max-size of the reactive and the Agroal pool; Keycloak's db-pool-max-size. */
    static final int QUARKUS_DEFAULT_POOL = 20;
    static final int KEYCLOAK_DEFAULT_POOL = 100;
    /**
     * Kept free for what is not an application pool: superuser_reserved_connections (3), the
     * CloudNativePG instance manager and exporter, backups, and an operator's psql.
     */
    static final int RESERVE = 20;

    /** The document-service holds one LISTEN connection per pod outside its pool (EventChannel). */
    static int listenConnections(String client) {
        try {
            Path channel = Overlay.root().resolve("document-service/src/main/java/io/corridor/document/live/EventChannel.java");
            boolean listens = client.equals("document-service") && Files.readString(channel).contains("corridor-document-listen");
            return listens ? 1 : 0;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static int maxPods(Manifests m, Deployment d) {
        String name = d.getMetadata().getName();
        int pods = m.all(HorizontalPodAutoscaler.class).stream()
                .filter(h -> h.getSpec().getScaleTargetRef().getName().equals(name))
                .map(h -> h.getSpec().getMaxReplicas()).findFirst()
                .orElse(d.getSpec().getReplicas() == null ? 1 : d.getSpec().getReplicas());
        var strategy = d.getSpec().getStrategy();
        if (strategy == null || !"Recreate".equals(strategy.getType())) {
            var surge = strategy == null || strategy.getRollingUpdate() == null ? null : strategy.getRollingUpdate().getMaxSurge();
            if (surge == null) {
                pods += (int) Math.ceil(pods * 0.25);
            } else if (surge.getStrVal() != null) {
                pods += (int) Math.ceil(pods * Integer.parseInt(surge.getStrVal().replace("%", "")) / 100.0);
            } else {
                pods += surge.getIntVal();
            }
        }
        return pods;
    }

    /** max_connections of a database: the CloudNativePG parameter, or "-c max_connections=" of the dev StatefulSet, or PostgreSQL's 100. */
    static int maxConnections(Manifests m, String db) {
        for (GenericKubernetesResource cluster : m.custom("Cluster")) {
            if (cluster.getMetadata().getName().equals(db)) {
                Object value = cluster.get("spec", "postgresql", "parameters", "max_connections");
                return value == null ? 100 : Integer.parseInt(value.toString());
            }
        }
        StatefulSet set = m.get(StatefulSet.class, db);
        List<String> args = set.getSpec().getTemplate().getSpec().getContainers().get(0).getArgs();
        if (args != null) {
            for (int i = 0; i < args.size(); i++) {
                if (args.get(i).startsWith("max_connections=")) {
                    return Integer.parseInt(args.get(i).substring("max_connections=".length()));
                }
            }
        }
        return 100;
    }

    @Test
    void theRestoreRunbookRecoversFromTheObjectStoreIntoANewCluster() {
        Manifests prod = Overlay.PROD.manifests();
        Manifests restore = new Manifests(Overlay.PROD, Overlay.render("restore"));
        List<GenericKubernetesResource> clusters = restore.custom("Cluster");
        assertEquals(1, clusters.size());
        GenericKubernetesResource cluster = clusters.get(0);
        String name = cluster.getMetadata().getName();
        assertEquals("corridor", cluster.getMetadata().getNamespace());
        assertTrue(prod.custom("Cluster").stream().noneMatch(c -> c.getMetadata().getName().equals(name)),
                "a new cluster, never the running one");
        assertNotNull(cluster.get("spec", "storage", "size"), "storage.size");
        assertTrue(String.valueOf((Object) cluster.get("spec", "imageName")).matches("ghcr\\.io/cloudnative-pg/postgresql:17\\.[0-9]+"),
                "the major version of the backups (a physical backup opens only in its own major version)");
        // Recovery from the origin's backups, through the plugin and the prod ObjectStore.
        String source = cluster.get("spec", "bootstrap", "recovery", "source");
        List<Map<String, Object>> external = cluster.get("spec", "externalClusters");
        Map<String, Object> origin = external.stream().filter(x -> source.equals(x.get("name"))).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        Map<String, Object> plugin = (Map<String, Object>) origin.get("plugin");
        assertEquals(BARMAN_CLOUD, plugin.get("name"));
        @SuppressWarnings("unchecked")
        Map<String, Object> parameters = (Map<String, Object>) plugin.get("parameters");
        String originName = (String) parameters.get("serverName");
        GenericKubernetesResource originCluster = prod.custom("Cluster").stream()
                .filter(c -> c.getMetadata().getName().equals(originName)).findFirst()
                .orElseThrow(() -> new AssertionError("restores " + originName + ", which prod does not run"));
        List<Map<String, Object>> originPlugins = originCluster.get("spec", "plugins");
        @SuppressWarnings("unchecked")
        Object originStore = ((Map<String, Object>) originPlugins.get(0).get("parameters")).get("barmanObjectName");
        assertEquals(originStore, parameters.get("barmanObjectName"), "reads the ObjectStore the origin archives to");
        assertEquals(originCluster.get("spec", "bootstrap", "initdb", "database"), (Object) cluster.get("spec", "bootstrap", "recovery", "database"));
        // It archives under its own name, never over the origin's WAL.
        List<Map<String, Object>> plugins = cluster.get("spec", "plugins");
        @SuppressWarnings("unchecked")
        Map<String, Object> own = (Map<String, Object>) plugins.get(0).get("parameters");
        assertEquals(name, own.get("serverName"));
        assertEquals(Boolean.TRUE, plugins.get(0).get("isWALArchiver"));
        assertEquals("required", cluster.get("spec", "affinity", "podAntiAffinityType"));
        // Its instances carry the label the application's policies select: the client reaches it.
        assertEquals(originCluster.get("spec", "inheritedMetadata", "labels", "app.kubernetes.io/name"),
                (Object) cluster.get("spec", "inheritedMetadata", "labels", "app.kubernetes.io/name"));
        // Object storage: HTTPS egress from its instances (fetching base backups and WAL).
        NetworkPolicy policy = restore.all(NetworkPolicy.class).stream()
                .filter(p -> name.equals(p.getSpec().getPodSelector().getMatchLabels().get("cnpg.io/cluster"))).findFirst()
                .orElseThrow(() -> new AssertionError("no NetworkPolicy for the instances of " + name));
        assertTrue(policy.getSpec().getEgress().stream().anyMatch(r -> r.getTo().stream().anyMatch(t -> t.getIpBlock() != null)
                && r.getPorts().stream().anyMatch(p -> p.getPort().getIntVal() == 443)), "HTTPS egress to the object store");
        assertTrue(restore.json("PodMonitor").stream().anyMatch(pm -> name.equals(pm.path("spec").path("selector").path("matchLabels").path("cnpg.io/cluster").asText())));
    }
}
