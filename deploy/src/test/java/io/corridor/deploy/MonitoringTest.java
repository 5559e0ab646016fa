package io.corridor.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeMap;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Prometheus scrapes every Corridor application at /q/metrics (Micrometer), Keycloak and PostgreSQL. */
class MonitoringTest {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    @Test
    void everyApplicationIsScrapedAtQuarkusMetricsPath() {
        Manifests m = Overlay.PROD.manifests();
        List<GenericKubernetesResource> monitors = m.custom("ServiceMonitor");
        List<String> unscraped = new ArrayList<>();
        for (String app : Manifests.APPLICATIONS) {
            if (!scraped(m, monitors, app, "/q/metrics")) {
                unscraped.add(app);
            }
        }
        assertEquals(List.of(), unscraped, "applications without a ServiceMonitor endpoint on /q/metrics");
        assertTrue(scraped(m, monitors, "keycloak", "/metrics"), "Keycloak metrics");
    }

    @Test
    void everyDatabaseClusterHasAnExplicitPodMonitor() {
        // Not CloudNativePG's deprecated monitoring.enablePodMonitor: a PodMonitor of our own,
        // on the instance pods' exporter port "metrics" (9187).
        Manifests m = Overlay.PROD.manifests();
        List<String> problems = new ArrayList<>();
        for (JsonNode cluster : m.json("Cluster")) {
            String name = cluster.path("metadata").path("name").asText();
            if (cluster.path("spec").path("monitoring").has("enablePodMonitor")) {
                problems.add(name + ": deprecated monitoring.enablePodMonitor");
            }
            Map<String, String> podLabels = Map.of("cnpg.io/cluster", name, "cnpg.io/podRole", "instance");
            boolean monitored = m.json("PodMonitor").stream().anyMatch(pm -> {
                LabelSelector selector = SERIALIZATION.convertValue(pm.path("spec").path("selector"), LabelSelector.class);
                boolean onMetrics = false;
                for (JsonNode e : pm.path("spec").path("podMetricsEndpoints")) {
                    onMetrics |= e.path("port").asText().equals("metrics");
                }
                return onMetrics && NetworkModel.matches(selector, podLabels)
                        && !NetworkModel.matches(selector, Map.of("cnpg.io/cluster", name + "-other", "cnpg.io/podRole", "instance"));
            });
            if (!monitored) {
                problems.add(name + ": no PodMonitor on port metrics of its instances");
            }
        }
        assertEquals(List.of(), problems);
    }

    /** GitHub's anchor of a Markdown heading: lower case, punctuation dropped, spaces to dashes. */
    static String anchor(String heading) {
        return heading.trim().toLowerCase().replaceAll("[^a-z0-9 _-]", "").replace(' ', '-');
    }

    @Test
    void alertsCoverWhatOperatorsMustActOnAndLinkTheirRunbooks() throws IOException {
        Manifests m = Overlay.PROD.manifests();
        Set<String> anchors = new HashSet<>();
        for (String line : Files.readAllLines(Overlay.root().resolve("docs/operations.md"))) {
            if (line.startsWith("#")) {
                anchors.add(anchor(line.replaceFirst("^#+", "")));
            }
        }
        Map<String, String> expressions = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (JsonNode rule : m.json("PrometheusRule")) {
            for (JsonNode group : rule.path("spec").path("groups")) {
                for (JsonNode r : group.path("rules")) {
                    if (!r.has("alert")) {
                        continue;
                    }
                    String alert = r.path("alert").asText();
                    expressions.put(alert, r.path("expr").asText());
                    String runbook = r.path("annotations").path("runbook_url").asText();
                    if (!runbook.contains("/docs/operations.md#") || !anchors.contains(runbook.substring(runbook.indexOf('#') + 1))) {
                        problems.add(alert + ": runbook_url " + runbook + " is no section of docs/operations.md");
                    }
                    if (r.path("annotations").path("summary").asText().isBlank() || r.path("for").asText().isBlank()
                            || r.path("labels").path("severity").asText().isBlank()) {
                        problems.add(alert + ": needs a summary, a for: duration and a severity");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
        // The signals of issue #24: 5xx rate, p99 latency, backup age, certificate expiry, pending pods.
        Map<String, String> signals = Map.of(
                "5xx error rate", "status=~\"5..\"",
                "p99 latency", "histogram_quantile(0.99",
                "backup age", "barman_cloud_cloudnative_pg_io_last_available_backup_timestamp",
                "certificate expiry", "certmanager_certificate_expiration_timestamp_seconds",
                "pending pods", "phase=\"Pending\"");
        signals.forEach((signal, needle) -> assertTrue(expressions.values().stream().anyMatch(e -> e.contains(needle)),
                "no alert on " + signal + " (" + needle + ") in " + expressions.keySet()));
        // Metrics the applications expose, by the names Micrometer gives them.
        assertTrue(expressions.values().stream().anyMatch(e -> e.contains("http_server_requests_seconds_count")));
    }

    /** A ServiceMonitor selects the Service and scrapes the path on a port the Service has. */
    private static boolean scraped(Manifests m, List<GenericKubernetesResource> monitors, String service, String path) {
        Service s = m.get(Service.class, service);
        for (GenericKubernetesResource monitor : monitors) {
            Map<String, Object> selector = monitor.get("spec", "selector");
            LabelSelector labelSelector = SERIALIZATION.convertValue(selector, LabelSelector.class);
            if (!NetworkModel.matches(labelSelector, s.getMetadata().getLabels())) {
                continue;
            }
            List<Map<String, Object>> endpoints = monitor.get("spec", "endpoints");
            for (Map<String, Object> e : endpoints) {
                boolean portExists = s.getSpec().getPorts().stream().anyMatch(p -> p.getName().equals(e.get("port")));
                if (portExists && path.equals(e.get("path"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
