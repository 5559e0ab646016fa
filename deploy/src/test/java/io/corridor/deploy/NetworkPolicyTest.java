package io.corridor.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Who may talk to whom, computed from the rendered NetworkPolicies and compared with the exact
 * list of connections Corridor needs: anything more is a hole, anything less breaks the stack.
 */
class NetworkPolicyTest {

    private static final List<String> OWN = List.of("gateway", "document-service", "actor-service",
            "remittance-service", "keycloak", "keycloak-config", "gateway-db", "documents-db", "actors-db", "remittances-db",
            "keycloak-db");

    static Set<String> expected(Overlay overlay) {
        Set<String> expected = new TreeSet<>(List.of(
                // The public door (Envoy proxies of the Gateway "corridor"): the gateway, and
                // Keycloak's login pages for browsers.
                "edge -> gateway:8080",
                "edge -> keycloak:8080",
                // The realm Job applies the realm through Keycloak's admin API.
                "keycloak-config -> keycloak:8080",
                // The gateway calls the services; mention detection reads documents.
                "gateway -> document-service:8080",
                "gateway -> actor-service:8080",
                "gateway -> remittance-service:8080",
                "actor-service -> document-service:8080",
                "document-service -> actor-service:8080", // suggestions run mention detection
                // Tokens and keys.
                "gateway -> keycloak:8080",
                "document-service -> keycloak:8080",
                "actor-service -> keycloak:8080",
                "remittance-service -> keycloak:8080",
                "keycloak -> keycloak:7800",
                // Each database, its one client.
                "gateway -> gateway-db:5432",
                "document-service -> documents-db:5432",
                "actor-service -> actors-db:5432",
                "remittance-service -> remittances-db:5432",
                "keycloak -> keycloak-db:5432",
                // Metrics.
                "prometheus -> gateway:8080",
                "prometheus -> document-service:8080",
                "prometheus -> actor-service:8080",
                "prometheus -> remittance-service:8080",
                "prometheus -> keycloak:9000"));
        // Name resolution for every pod of the namespace (the intruder included: DNS only).
        for (String pod : OWN) {
            expected.add(pod + " -> kube-dns:53");
        }
        expected.add("intruder -> kube-dns:53");
        // Traffic from other namespaces to DNS is governed by kube-system, not by us.
        expected.add("edge -> kube-dns:53");
        expected.add("other-edge -> kube-dns:53");
        expected.add("prometheus -> kube-dns:53");
        expected.add("cnpg-operator -> kube-dns:53");
        expected.add("impostor -> kube-dns:53");
        expected.add("kube-dns -> kube-dns:53");
        if (overlay == Overlay.PROD) {
            // CloudNativePG: the operator drives the instances, replicas stream from the primary,
            // Prometheus reads the exporter.
            for (String db : List.of("gateway-db", "documents-db", "actors-db", "remittances-db", "keycloak-db")) {
                expected.add("cnpg-operator -> " + db + ":8000");
                expected.add("cnpg-operator -> " + db + ":5432");
                expected.add(db + " -> " + db + ":5432");
                expected.add(db + " -> " + db + ":8000");
                expected.add("prometheus -> " + db + ":9187");
            }
        }
        return expected;
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void onlyTheConnectionsCorridorNeedsAreOpen(Overlay overlay) {
        NetworkModel model = new NetworkModel(overlay.manifests());
        assertEquals(Set.copyOf(OWN), model.ownPods.stream().map(NetworkModel.Pod::name).collect(Collectors.toSet()),
                "pods of the overlay");
        Set<String> actual = model.allowedConnections();
        Set<String> expected = expected(overlay);
        List<String> diff = new ArrayList<>();
        actual.stream().filter(c -> !expected.contains(c)).forEach(c -> diff.add("open but not needed: " + c));
        expected.stream().filter(c -> !actual.contains(c)).forEach(c -> diff.add("needed but closed: " + c));
        assertEquals(List.of(), diff);
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void eachPodAdmitsOnlyItsClientsWhateverTheirEgress(Overlay overlay) {
        NetworkModel model = new NetworkModel(overlay.manifests());
        Set<String> actual = model.admittedConnections();
        Set<String> expected = new TreeSet<>(expected(overlay));
        expected.removeIf(c -> c.contains("-> kube-dns:"));
        List<String> diff = new ArrayList<>();
        actual.stream().filter(c -> !expected.contains(c)).forEach(c -> diff.add("admitted but not needed: " + c));
        expected.stream().filter(c -> !actual.contains(c)).forEach(c -> diff.add("needed but not admitted: " + c));
        assertEquals(List.of(), diff);
    }

    /** Addresses: the pod model above ignores ipBlocks, so the one policy with ipBlocks is read here. */
    @ParameterizedTest
    @EnumSource(Overlay.class)
    void ofTheApplicationsOnlyTheRemittanceServiceLeavesTheClusterAndOnlyToPublicHttps(Overlay overlay) {
        // the databases' own policies (prod: CloudNativePG instances to the object store and the API server) are DatabaseTest's
        List<NetworkPolicy> outward = overlay.manifests().all(NetworkPolicy.class).stream()
                .filter(p -> p.getSpec().getPodSelector().getMatchLabels() == null
                        || !p.getSpec().getPodSelector().getMatchLabels().containsKey("cnpg.io/cluster"))
                .filter(p -> p.getSpec().getEgress() != null && p.getSpec().getEgress().stream()
                        .anyMatch(r -> r.getTo() != null && r.getTo().stream().anyMatch(peer -> peer.getIpBlock() != null)))
                .toList();
        assertEquals(List.of("remittance-service-fetch"), outward.stream().map(p -> p.getMetadata().getName()).toList());
        NetworkPolicy fetch = outward.get(0);
        assertEquals(java.util.Map.of("app.kubernetes.io/name", "remittance-service"), fetch.getSpec().getPodSelector().getMatchLabels());
        for (var rule : fetch.getSpec().getEgress()) {
            assertEquals(List.of(443), rule.getPorts().stream().map(p -> p.getPort().getIntVal()).toList(), "HTTPS only");
            for (var peer : rule.getTo()) {
                var block = peer.getIpBlock();
                assertTrue(block != null && peer.getPodSelector() == null && peer.getNamespaceSelector() == null, "addresses only");
                Set<String> except = Set.copyOf(block.getExcept());
                if (block.getCidr().equals("0.0.0.0/0")) {
                    assertTrue(except.containsAll(List.of("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16",
                            "100.64.0.0/10", "127.0.0.0/8")), "private, link-local (metadata), shared and loopback closed: " + except);
                } else {
                    assertEquals("::/0", block.getCidr());
                    assertTrue(except.containsAll(List.of("fc00::/7", "fe80::/10", "::1/128")), "IPv6 private and link-local closed");
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everythingIsDeniedByDefaultBothWays(Overlay overlay) {
        assertTrue(overlay.manifests().all(NetworkPolicy.class).stream().anyMatch(p ->
                        isEmpty(p.getSpec().getPodSelector().getMatchLabels())
                                && isEmpty(p.getSpec().getPodSelector().getMatchExpressions())
                                && p.getSpec().getPolicyTypes().containsAll(List.of("Ingress", "Egress"))
                                && isEmpty(p.getSpec().getIngress())
                                && isEmpty(p.getSpec().getEgress())),
                "a default-deny policy selecting every pod in both directions");
    }

    private static boolean isEmpty(Object collection) {
        return collection == null
                || (collection instanceof java.util.Collection<?> c && c.isEmpty())
                || (collection instanceof java.util.Map<?, ?> m && m.isEmpty());
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void theModelSeesAHoleWhenOneIsMade(Overlay overlay) {
        // The evaluator itself must be able to fail: an allow-all policy opens every pod to all
        // (a pod of the namespace, and one of another namespace wearing the gateway's labels).
        Manifests m = overlay.manifests();
        NetworkPolicy allowAll = new io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder()
                .withNewMetadata().withName("allow-all").endMetadata()
                .withNewSpec().withNewPodSelector().endPodSelector()
                .withPolicyTypes("Ingress", "Egress").addNewIngress().endIngress().addNewEgress().endEgress()
                .endSpec().build();
        List<io.fabric8.kubernetes.api.model.HasMetadata> objects = new ArrayList<>(m.objects);
        objects.add(allowAll);
        NetworkModel open = new NetworkModel(new Manifests(m.overlay, objects));
        assertTrue(open.allowedConnections().contains("intruder -> documents-db:5432"));
        assertTrue(open.allowedConnections().contains("impostor -> document-service:8080"));
    }

    @org.junit.jupiter.api.Test
    void theRestoredClusterIsReachableByItsClientAndTheOperatorOnly() {
        // The restore runbook (deploy/kubernetes/restore) applied beside prod.
        Manifests prod = Overlay.PROD.manifests();
        List<io.fabric8.kubernetes.api.model.HasMetadata> objects = new ArrayList<>(prod.objects);
        objects.addAll(new Manifests(Overlay.PROD, Overlay.render("restore")).objects);
        NetworkModel model = new NetworkModel(new Manifests(Overlay.PROD, objects));
        Set<String> actual = model.allowedConnections();
        Set<String> expected = expected(Overlay.PROD);
        String r = "documents-db-restore";
        expected.addAll(List.of("document-service -> " + r + ":5432", "cnpg-operator -> " + r + ":8000",
                "cnpg-operator -> " + r + ":5432", r + " -> " + r + ":5432", r + " -> " + r + ":8000",
                "prometheus -> " + r + ":9187", r + " -> kube-dns:53"));
        List<String> diff = new ArrayList<>();
        actual.stream().filter(c -> !expected.contains(c)).forEach(c -> diff.add("open but not needed: " + c));
        expected.stream().filter(c -> !actual.contains(c)).forEach(c -> diff.add("needed but closed: " + c));
        assertEquals(List.of(), diff);
    }
}
