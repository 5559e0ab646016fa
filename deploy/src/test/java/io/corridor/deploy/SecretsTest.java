package io.corridor.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Secret;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Secrets: referenced, never committed for production, never passed as plain values. */
class SecretsTest {

    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(password|secret|token|credential).*");

    @Test
    void productionCommitsNoSecretValue() {
        List<String> literal = Overlay.PROD.manifests().all(Secret.class).stream()
                .filter(s -> (s.getData() != null && !s.getData().isEmpty())
                        || (s.getStringData() != null && !s.getStringData().isEmpty()))
                .map(s -> s.getMetadata().getName())
                .toList();
        assertEquals(List.of(), literal, "Secrets with literal values in the prod overlay");
    }

    /** Keys each Secret will have at run time, whoever creates it. */
    static Map<String, Set<String>> availableSecrets(Manifests m) {
        Map<String, Set<String>> available = new HashMap<>();
        for (Secret s : m.all(Secret.class)) {
            Set<String> keys = new HashSet<>();
            if (s.getData() != null) keys.addAll(s.getData().keySet());
            if (s.getStringData() != null) keys.addAll(s.getStringData().keySet());
            available.put(s.getMetadata().getName(), keys);
        }
        // External Secrets Operator: the target Secret gets one key per data entry.
        for (GenericKubernetesResource es : m.custom("ExternalSecret")) {
            String target = es.get("spec", "target", "name");
            Set<String> keys = new HashSet<>();
            List<Map<String, Object>> data = es.get("spec", "data");
            data.forEach(d -> keys.add((String) d.get("secretKey")));
            available.put(target != null ? target : es.getMetadata().getName(), keys);
        }
        // CloudNativePG: every Cluster bootstrapped with initdb gets <cluster>-app for its owner.
        for (GenericKubernetesResource cluster : m.custom("Cluster")) {
            if (cluster.get("spec", "bootstrap", "initdb") != null && cluster.get("spec", "bootstrap", "initdb", "secret") == null) {
                available.put(cluster.getMetadata().getName() + "-app",
                        Set.of("username", "password", "host", "port", "dbname", "uri", "jdbc-uri"));
            }
        }
        return available;
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everySecretReferenceResolves(Overlay overlay) {
        Manifests m = overlay.manifests();
        Map<String, Set<String>> available = availableSecrets(m);
        List<String> problems = new ArrayList<>();
        m.podTemplates().forEach((workload, t) -> t.getSpec().getContainers().forEach(c -> {
            if (c.getEnv() == null) {
                return;
            }
            for (EnvVar v : c.getEnv()) {
                if (v.getValueFrom() != null && v.getValueFrom().getSecretKeyRef() != null) {
                    var ref = v.getValueFrom().getSecretKeyRef();
                    Set<String> keys = available.get(ref.getName());
                    if (keys == null || !keys.contains(ref.getKey())) {
                        problems.add(workload + " " + v.getName() + ": no Secret " + ref.getName() + " with key " + ref.getKey());
                    }
                }
            }
        }));
        // Backup credentials of the Barman Cloud plugin's object stores.
        for (GenericKubernetesResource store : m.custom("ObjectStore")) {
            Map<String, Map<String, String>> s3 = store.get("spec", "configuration", "s3Credentials");
            if (s3 != null) {
                s3.values().forEach(ref -> {
                    Set<String> keys = available.get(ref.get("name"));
                    if (keys == null || !keys.contains(ref.get("key"))) {
                        problems.add(store.getMetadata().getName() + " backup: no Secret " + ref.get("name") + "/" + ref.get("key"));
                    }
                });
            }
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void passwordsAndSecretsNeverTravelAsPlainValues(Overlay overlay) {
        Manifests m = overlay.manifests();
        List<String> problems = new ArrayList<>();
        m.podTemplates().forEach((workload, t) -> t.getSpec().getContainers().forEach(c -> {
            if (c.getEnv() != null) {
                c.getEnv().stream()
                        .filter(v -> SECRET_NAME.matcher(v.getName()).matches() && v.getValue() != null)
                        .forEach(v -> problems.add(workload + ": " + v.getName() + " has a plain value"));
            }
        }));
        for (ConfigMap cm : m.all(ConfigMap.class)) {
            if (cm.getData() != null) {
                cm.getData().keySet().stream().filter(k -> SECRET_NAME.matcher(k).matches())
                        .forEach(k -> problems.add("ConfigMap " + cm.getMetadata().getName() + " holds " + k));
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void productionSecretsComeFromTheSecretStore() {
        List<GenericKubernetesResource> external = Overlay.PROD.manifests().custom("ExternalSecret");
        assertFalse(external.isEmpty());
        for (GenericKubernetesResource es : external) {
            assertEquals("ClusterSecretStore", es.get("spec", "secretStoreRef", "kind"));
            List<Map<String, Object>> data = es.get("spec", "data");
            for (Map<String, Object> d : data) {
                @SuppressWarnings("unchecked")
                Map<String, Object> remote = (Map<String, Object>) d.get("remoteRef");
                assertFalse(remote == null || remote.get("key") == null, es.getMetadata().getName() + ": remote key missing");
            }
        }
    }
}
