package io.corridor.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
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
        for (GenericKubernetesResource cluster : m.custom("Cluster")) {
            assertEquals(Boolean.TRUE, cluster.get("spec", "monitoring", "enablePodMonitor"), cluster.getMetadata().getName());
        }
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
