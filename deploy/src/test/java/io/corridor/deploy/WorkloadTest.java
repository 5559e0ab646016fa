package io.corridor.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Probes, resources, security contexts, Services, autoscaling, disruption budgets, Ingress. */
class WorkloadTest {

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everyApplicationIsDeployedWithAService(Overlay overlay) {
        Manifests m = overlay.manifests();
        for (String app : Manifests.APPLICATIONS) {
            m.deployment(app);
            m.get(Service.class, app);
        }
        m.deployment("keycloak");
        m.get(Service.class, "keycloak");
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everyDeploymentProbesHealthAndRunsLockedDown(Overlay overlay) {
        Manifests m = overlay.manifests();
        List<String> problems = new ArrayList<>();
        for (Deployment deployment : m.all(Deployment.class)) {
            String name = deployment.getMetadata().getName();
            boolean quarkus = Manifests.APPLICATIONS.contains(name);
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            for (Container c : pod.getContainers()) {
                String where = name + "/" + c.getName();
                // Quarkus SmallRye Health on the application port; Keycloak on its management port.
                checkHttpProbe(where, "liveness", c, c.getLivenessProbe(), quarkus ? "/q/health/live" : "/health/live", problems);
                checkHttpProbe(where, "readiness", c, c.getReadinessProbe(), quarkus ? "/q/health/ready" : "/health/ready", problems);
                checkResources(where, c.getResources(), problems);
                checkLockedDown(where, pod.getSecurityContext(), c.getSecurityContext(), problems);
                if (quarkus) {
                    // The uid of the ubi9 OpenJDK runtime image (src/main/docker/Dockerfile.jvm).
                    Long uid = c.getSecurityContext().getRunAsUser() != null ? c.getSecurityContext().getRunAsUser()
                            : pod.getSecurityContext() == null ? null : pod.getSecurityContext().getRunAsUser();
                    if (!Long.valueOf(185).equals(uid)) {
                        problems.add(where + ": runs as uid " + uid + ", not 185 (jboss, as in Dockerfile.jvm)");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void statefulSetsAreLockedDownToo(Overlay overlay) {
        Manifests m = overlay.manifests();
        List<String> problems = new ArrayList<>();
        m.all(io.fabric8.kubernetes.api.model.apps.StatefulSet.class).forEach(s -> {
            PodSpec pod = s.getSpec().getTemplate().getSpec();
            for (Container c : pod.getContainers()) {
                String where = s.getMetadata().getName() + "/" + c.getName();
                if (c.getLivenessProbe() == null || c.getReadinessProbe() == null) {
                    problems.add(where + ": liveness and readiness probes needed");
                }
                checkResources(where, c.getResources(), problems);
                checkLockedDown(where, pod.getSecurityContext(), c.getSecurityContext(), problems);
            }
        });
        assertEquals(List.of(), problems);
    }

    private static void checkHttpProbe(String where, String kind, Container c, Probe probe, String path, List<String> problems) {
        if (probe == null || probe.getHttpGet() == null) {
            problems.add(where + ": no HTTP " + kind + " probe");
            return;
        }
        HTTPGetAction get = probe.getHttpGet();
        if (!path.equals(get.getPath())) {
            problems.add(where + ": " + kind + " probe on " + get.getPath() + ", expected " + path);
        }
        if (containerPort(c, get.getPort()) == null) {
            problems.add(where + ": " + kind + " probe port " + get.getPort() + " is not a port of the container");
        }
    }

    static ContainerPort containerPort(Container c, IntOrString port) {
        if (c.getPorts() == null || port == null) {
            return null;
        }
        return c.getPorts().stream()
                .filter(p -> port.getStrVal() != null ? port.getStrVal().equals(p.getName())
                        : Objects.equals(port.getIntVal(), p.getContainerPort()))
                .findFirst().orElse(null);
    }

    private static void checkResources(String where, ResourceRequirements r, List<String> problems) {
        if (r == null || r.getRequests() == null || r.getLimits() == null) {
            problems.add(where + ": resource requests and limits needed");
            return;
        }
        for (String resource : List.of("cpu", "memory")) {
            Quantity request = r.getRequests().get(resource);
            Quantity limit = r.getLimits().get(resource);
            if (request == null || limit == null) {
                problems.add(where + ": " + resource + " request and limit needed");
            } else if (request.getNumericalAmount().compareTo(limit.getNumericalAmount()) > 0) {
                problems.add(where + ": " + resource + " request " + request + " above its limit " + limit);
            }
        }
    }

    private static void checkLockedDown(String where, PodSecurityContext pod, SecurityContext c, List<String> problems) {
        if (c == null) {
            problems.add(where + ": no container securityContext");
            return;
        }
        boolean nonRoot = Boolean.TRUE.equals(c.getRunAsNonRoot())
                || (c.getRunAsNonRoot() == null && pod != null && Boolean.TRUE.equals(pod.getRunAsNonRoot()));
        if (!nonRoot) {
            problems.add(where + ": runAsNonRoot is not true");
        }
        Long uid = c.getRunAsUser() != null ? c.getRunAsUser() : pod == null ? null : pod.getRunAsUser();
        if (uid == null || uid == 0) {
            problems.add(where + ": needs an explicit non-zero runAsUser");
        }
        if (!Boolean.TRUE.equals(c.getReadOnlyRootFilesystem())) {
            problems.add(where + ": readOnlyRootFilesystem is not true");
        }
        if (!Boolean.FALSE.equals(c.getAllowPrivilegeEscalation())) {
            problems.add(where + ": allowPrivilegeEscalation is not false");
        }
        if (Boolean.TRUE.equals(c.getPrivileged())) {
            problems.add(where + ": privileged");
        }
        if (c.getCapabilities() == null || c.getCapabilities().getDrop() == null
                || !c.getCapabilities().getDrop().contains("ALL")) {
            problems.add(where + ": capabilities must drop ALL");
        } else if (c.getCapabilities().getAdd() != null && !c.getCapabilities().getAdd().isEmpty()) {
            problems.add(where + ": adds capabilities " + c.getCapabilities().getAdd());
        }
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everyServiceSelectsPodsThatListenOnItsPorts(Overlay overlay) {
        Manifests m = overlay.manifests();
        Map<String, PodTemplateSpec> templates = m.podTemplates();
        List<String> problems = new ArrayList<>();
        for (Service service : m.all(Service.class)) {
            String name = service.getMetadata().getName();
            Map<String, String> selector = service.getSpec().getSelector();
            if (selector == null || selector.isEmpty()) {
                problems.add(name + ": selects no pods");
                continue;
            }
            List<PodTemplateSpec> selected = templates.values().stream()
                    .filter(t -> t.getMetadata().getLabels().entrySet().containsAll(selector.entrySet()))
                    .toList();
            if (selected.isEmpty()) {
                problems.add(name + ": selector " + selector + " matches no Deployment or StatefulSet");
            }
            for (ServicePort port : service.getSpec().getPorts()) {
                for (PodTemplateSpec t : selected) {
                    boolean listens = t.getSpec().getContainers().stream()
                            .anyMatch(c -> containerPort(c, port.getTargetPort()) != null);
                    if (!listens) {
                        problems.add(name + ": target port " + port.getTargetPort().getValue() + " is no container port");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void gatewayAndDocumentServiceScaleHorizontally(Overlay overlay) {
        Manifests m = overlay.manifests();
        Set<String> scaled = m.all(HorizontalPodAutoscaler.class).stream()
                .map(h -> {
                    assertEquals("Deployment", h.getSpec().getScaleTargetRef().getKind());
                    assertTrue(h.getSpec().getMinReplicas() <= h.getSpec().getMaxReplicas());
                    assertFalse(h.getSpec().getMetrics().isEmpty(), h.getMetadata().getName() + " has no metric");
                    if (overlay == Overlay.PROD) {
                        assertTrue(h.getSpec().getMinReplicas() >= 2, "prod keeps two pods at least");
                    }
                    return h.getSpec().getScaleTargetRef().getName();
                })
                .collect(Collectors.toSet());
        assertEquals(Set.of("gateway", "document-service"), scaled);
        for (String name : scaled) {
            // The autoscaler owns the count: a replicas field would fight it at every apply.
            assertEquals(null, m.deployment(name).getSpec().getReplicas(), name + " sets replicas");
        }
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everyDeploymentHasADisruptionBudget(Overlay overlay) {
        Manifests m = overlay.manifests();
        List<PodDisruptionBudget> budgets = m.all(PodDisruptionBudget.class);
        List<String> problems = new ArrayList<>();
        for (Deployment d : m.all(Deployment.class)) {
            Map<String, String> labels = d.getSpec().getTemplate().getMetadata().getLabels();
            boolean covered = budgets.stream().anyMatch(b -> b.getSpec().getSelector().getMatchLabels() != null
                    && labels.entrySet().containsAll(b.getSpec().getSelector().getMatchLabels().entrySet()));
            if (!covered) {
                problems.add(d.getMetadata().getName() + ": no PodDisruptionBudget");
            }
            if (overlay == Overlay.PROD && d.getSpec().getReplicas() != null && d.getSpec().getReplicas() < 2) {
                problems.add(d.getMetadata().getName() + ": a single replica in prod cannot survive a node drain");
            }
        }
        assertEquals(List.of(), problems);
    }

    private static final String DENY_ALL = "nginx.ingress.kubernetes.io/denylist-source-range";

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void ingressServesTlsAndOnlyTheGatewayAndKeycloakLogins(Overlay overlay) {
        Manifests m = overlay.manifests();
        List<Ingress> ingresses = m.all(Ingress.class);
        assertFalse(ingresses.isEmpty());
        List<String> problems = new ArrayList<>();
        Set<String> publicPaths = new java.util.TreeSet<>();
        Set<String> refusedPaths = new java.util.TreeSet<>();
        for (Ingress ingress : ingresses) {
            String name = ingress.getMetadata().getName();
            Map<String, String> annotations = ingress.getMetadata().getAnnotations();
            boolean refused = "0.0.0.0/0,::/0".equals(annotations.get(DENY_ALL));
            Set<String> tlsHosts = ingress.getSpec().getTls().stream()
                    .peek(t -> assertTrue(t.getSecretName() != null && !t.getSecretName().isBlank(), name + ": TLS without a secret"))
                    .map(IngressTLS::getHosts).flatMap(List::stream).collect(Collectors.toSet());
            if (!annotations.containsKey("cert-manager.io/cluster-issuer")) {
                problems.add(name + ": no certificate issuer");
            }
            for (IngressRule rule : ingress.getSpec().getRules()) {
                if (!tlsHosts.contains(rule.getHost())) {
                    problems.add(name + " " + rule.getHost() + ": served without TLS");
                }
                for (HTTPIngressPath path : rule.getHttp().getPaths()) {
                    String backend = path.getBackend().getService().getName();
                    m.get(Service.class, backend);
                    String where = rule.getHost() + path.getPath() + " -> " + backend;
                    (refused ? refusedPaths : publicPaths).add(backend + " " + path.getPath());
                    if (backend.equals("keycloak")) {
                        // Browsers need the OIDC endpoints of the realm; the admin console stays inside.
                        if (!Set.of("/realms/", "/resources/").contains(path.getPath())) {
                            problems.add(where + ": exposes Keycloak beyond /realms/ and /resources/");
                        }
                    } else if (!backend.equals("gateway")) {
                        problems.add(where + ": only the gateway is public");
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(Set.of("gateway /", "keycloak /realms/", "keycloak /resources/"), publicPaths);
        // The gateway's health and metrics are refused on the public host.
        assertEquals(Set.of("gateway /q/health", "gateway /q/metrics"), refusedPaths);
    }

    @Test
    void productionImagesComeFromARegistryWithAPinnedVersion() {
        List<String> problems = new ArrayList<>();
        Overlay.PROD.manifests().podTemplates().forEach((name, t) -> t.getSpec().getContainers().forEach(c -> {
            String image = c.getImage();
            boolean digest = image.contains("@sha256:");
            String tag = image.substring(image.lastIndexOf('/') + 1).contains(":")
                    ? image.substring(image.lastIndexOf(':') + 1) : null;
            if (!digest && (tag == null || tag.equals("latest") || tag.endsWith("SNAPSHOT"))) {
                problems.add(name + ": image " + image + " has no released tag or digest");
            }
            if (!image.substring(0, image.indexOf('/') < 0 ? 0 : image.indexOf('/')).contains(".")) {
                problems.add(name + ": image " + image + " names no registry");
            }
        }));
        assertEquals(List.of(), problems);
    }
}
