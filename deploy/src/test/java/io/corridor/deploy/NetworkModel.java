package io.corridor.deploy;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Evaluates the rendered NetworkPolicies the way the Kubernetes API defines them (a pod selected
 * by no policy of a direction is open in that direction; otherwise the union of the rules of the
 * policies that select it; a connection needs the source's egress and the destination's ingress),
 * over the pods the overlay creates plus pods of the cluster around it.
 * Limits: TCP only, numeric policy ports, ipBlocks never match a pod.
 */
final class NetworkModel {

    record Pod(String name, String namespace, Map<String, String> labels, List<Integer> ports) {
        Map<String, String> namespaceLabels() {
            return Map.of("kubernetes.io/metadata.name", namespace);
        }
    }

    final List<Pod> pods = new ArrayList<>();
    final List<Pod> ownPods = new ArrayList<>();
    private final List<NetworkPolicy> policies;
    private final String namespace;

    NetworkModel(Manifests m) {
        this.namespace = m.overlay.namespace;
        this.policies = m.all(NetworkPolicy.class);
        m.podTemplates().forEach((name, t) -> ownPods.add(new Pod(name, namespace, t.getMetadata().getLabels(),
                t.getSpec().getContainers().stream()
                        .flatMap(c -> c.getPorts() == null ? java.util.stream.Stream.empty() : c.getPorts().stream())
                        .map(p -> p.getContainerPort()).toList())));
        // CloudNativePG instance pods: the cluster's inherited labels plus the operator's own.
        for (GenericKubernetesResource cluster : m.custom("Cluster")) {
            Map<String, String> labels = new LinkedHashMap<>(inheritedLabels(cluster));
            labels.put("cnpg.io/cluster", cluster.getMetadata().getName());
            labels.put("cnpg.io/podRole", "instance");
            ownPods.add(new Pod(cluster.getMetadata().getName(), namespace, labels, List.of(5432, 8000, 9187)));
        }
        pods.addAll(ownPods);
        // The neighbourhood: the edge, Prometheus, the CloudNativePG operator, DNS,
        // an unknown pod in our namespace and a pod of another namespace that borrows our labels.
        // The edge: Envoy Gateway runs the proxies of the Gateway "corridor" in its own namespace
        // with these labels (internal/infrastructure/kubernetes/proxy/resource.go, v1.9.0); the
        // proxies of another Gateway in the same cluster must not get in.
        pods.add(new Pod("edge", "envoy-gateway-system", Map.of("app.kubernetes.io/name", "envoy",
                "app.kubernetes.io/component", "proxy", "app.kubernetes.io/managed-by", "envoy-gateway",
                "gateway.envoyproxy.io/owning-gateway-name", "corridor",
                "gateway.envoyproxy.io/owning-gateway-namespace", namespace), List.of(10080, 10443)));
        pods.add(new Pod("other-edge", "envoy-gateway-system", Map.of("app.kubernetes.io/name", "envoy",
                "app.kubernetes.io/component", "proxy", "app.kubernetes.io/managed-by", "envoy-gateway",
                "gateway.envoyproxy.io/owning-gateway-name", "someone-else",
                "gateway.envoyproxy.io/owning-gateway-namespace", "elsewhere"), List.of(10080, 10443)));
        pods.add(new Pod("prometheus", "monitoring", Map.of("app.kubernetes.io/name", "prometheus"), List.of(9090)));
        pods.add(new Pod("cnpg-operator", "cnpg-system", Map.of("app.kubernetes.io/name", "cloudnative-pg"), List.of(9443)));
        pods.add(new Pod("kube-dns", "kube-system", Map.of("k8s-app", "kube-dns"), List.of(53)));
        pods.add(new Pod("intruder", namespace, Map.of("app.kubernetes.io/name", "intruder"), List.of(8080)));
        pods.add(new Pod("impostor", "elsewhere", Map.of("app.kubernetes.io/name", "gateway",
                "app.kubernetes.io/component", "gateway"), List.of(8080)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> inheritedLabels(GenericKubernetesResource cluster) {
        Object spec = cluster.getAdditionalProperties().get("spec");
        if (spec instanceof Map<?, ?> s && s.get("inheritedMetadata") instanceof Map<?, ?> meta
                && meta.get("labels") instanceof Map<?, ?> labels) {
            return (Map<String, String>) labels;
        }
        return Map.of();
    }

    /** Every "source -> destination:port" that the policies let through, to our pods and to DNS. */
    Set<String> allowedConnections() {
        return connections(false);
    }

    /**
     * The same, judged by the destinations' ingress rules alone: each side must hold by itself,
     * so that a pod which escapes its egress policy (relabelled, or a new one) still finds the
     * door closed.
     */
    Set<String> admittedConnections() {
        return connections(true);
    }

    private Set<String> connections(boolean ingressOnly) {
        Set<String> allowed = new TreeSet<>();
        for (Pod source : pods) {
            for (Pod destination : pods) {
                boolean interesting = ownPods.contains(destination) || (!ingressOnly && destination.name().equals("kube-dns"));
                if (!interesting) {
                    continue;
                }
                for (int port : destination.ports()) {
                    boolean open = ingressOnly ? permitted(destination, source, port, "Ingress") : allows(source, destination, port);
                    if (open) {
                        allowed.add(source.name() + " -> " + destination.name() + ":" + port);
                    }
                }
            }
        }
        return allowed;
    }

    boolean allows(Pod source, Pod destination, int port) {
        return permitted(source, destination, port, "Egress") && permitted(destination, source, port, "Ingress");
    }

    /** Does "subject" (selected or not by our policies) accept the connection with "peer" in this direction? */
    private boolean permitted(Pod subject, Pod peer, int port, String direction) {
        if (!subject.namespace().equals(namespace)) {
            return true; // policies of other namespaces are not ours to check
        }
        List<NetworkPolicy> selecting = policies.stream()
                .filter(p -> types(p).contains(direction))
                .filter(p -> matches(p.getSpec().getPodSelector(), subject.labels()))
                .toList();
        if (selecting.isEmpty()) {
            return true;
        }
        for (NetworkPolicy policy : selecting) {
            if (direction.equals("Ingress") && policy.getSpec().getIngress() != null) {
                for (var rule : policy.getSpec().getIngress()) {
                    if (peersMatch(rule.getFrom(), peer) && portsMatch(rule.getPorts(), port)) {
                        return true;
                    }
                }
            }
            if (direction.equals("Egress") && policy.getSpec().getEgress() != null) {
                for (var rule : policy.getSpec().getEgress()) {
                    if (peersMatch(rule.getTo(), peer) && portsMatch(rule.getPorts(), port)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static List<String> types(NetworkPolicy p) {
        List<String> types = p.getSpec().getPolicyTypes();
        if (types == null || types.isEmpty()) {
            return p.getSpec().getEgress() == null || p.getSpec().getEgress().isEmpty()
                    ? List.of("Ingress") : List.of("Ingress", "Egress");
        }
        return types;
    }

    private boolean peersMatch(List<NetworkPolicyPeer> peers, Pod pod) {
        if (peers == null || peers.isEmpty()) {
            return true;
        }
        for (NetworkPolicyPeer peer : peers) {
            if (peer.getIpBlock() != null) {
                continue;
            }
            boolean namespaceOk = peer.getNamespaceSelector() == null
                    ? pod.namespace().equals(namespace)
                    : matches(peer.getNamespaceSelector(), pod.namespaceLabels());
            boolean podOk = peer.getPodSelector() == null || matches(peer.getPodSelector(), pod.labels());
            if (namespaceOk && podOk) {
                return true;
            }
        }
        return false;
    }

    private static boolean portsMatch(List<NetworkPolicyPort> ports, int port) {
        if (ports == null || ports.isEmpty()) {
            return true;
        }
        for (NetworkPolicyPort p : ports) {
            if (p.getPort() == null) {
                return true;
            }
            if (p.getPort().getIntVal() == null) {
                throw new AssertionError("named port " + p.getPort().getStrVal() + " in a NetworkPolicy: use numbers");
            }
            int from = p.getPort().getIntVal();
            int to = p.getEndPort() != null ? p.getEndPort() : from;
            if (port >= from && port <= to && (p.getProtocol() == null || p.getProtocol().equals("TCP"))) {
                return true;
            }
        }
        return false;
    }

    static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return true;
        }
        if (selector.getMatchLabels() != null
                && !labels.entrySet().containsAll(selector.getMatchLabels().entrySet())) {
            return false;
        }
        if (selector.getMatchExpressions() != null) {
            for (LabelSelectorRequirement r : selector.getMatchExpressions()) {
                String value = labels.get(r.getKey());
                boolean ok = switch (r.getOperator()) {
                    case "In" -> value != null && r.getValues().contains(value);
                    case "NotIn" -> value == null || !r.getValues().contains(value);
                    case "Exists" -> labels.containsKey(r.getKey());
                    case "DoesNotExist" -> !labels.containsKey(r.getKey());
                    default -> throw new AssertionError("unknown operator " + r.getOperator());
                };
                if (!ok) {
                    return false;
                }
            }
        }
        return true;
    }

}
