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
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Probes, resources, security contexts, Services, autoscaling, disruption budgets, graceful stops, spreading. */
class WorkloadTest {

    /** Metaspace, compiled code, thread stacks and Netty's buffers beside the heap (docs/operations.md). */
    private static final long NON_HEAP_MIB = 192;

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everyMemoryLimitHoldsTheHeapOfTheJvmOptions(Overlay overlay) {
        Manifests m = overlay.manifests();
        List<String> problems = new ArrayList<>();
        for (String app : Manifests.APPLICATIONS) {
            Container c = m.container(app);
            String options = m.environment(c).getOrDefault("JAVA_TOOL_OPTIONS", "");
            Matcher xmx = Pattern.compile("-Xmx(\\d+)([mMgG])").matcher(options);
            if (!xmx.find()) {
                problems.add(app + ": JAVA_TOOL_OPTIONS (base/jvm/" + app + ".env) names no -Xmx: " + options);
                continue;
            }
            long heapMiB = Long.parseLong(xmx.group(1)) * (xmx.group(2).equalsIgnoreCase("g") ? 1024 : 1);
            long limitMiB = c.getResources().getLimits().get("memory").getNumericalAmount().longValue() >> 20;
            if (limitMiB < heapMiB + NON_HEAP_MIB) {
                problems.add(app + ": memory limit " + limitMiB + " MiB below its heap " + heapMiB + " MiB + " + NON_HEAP_MIB);
            }
        }
        assertEquals(List.of(), problems);
    }

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
                    // The uid of the images (jboss of the base image; root pom, profile "images").
                    Long uid = c.getSecurityContext().getRunAsUser() != null ? c.getSecurityContext().getRunAsUser()
                            : pod.getSecurityContext() == null ? null : pod.getSecurityContext().getRunAsUser();
                    if (!Long.valueOf(185).equals(uid)) {
                        problems.add(where + ": runs as uid " + uid + ", not 185 (jboss, the user of the images)");
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

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void jobsRunLockedDownToo(Overlay overlay) {
        Manifests m = overlay.manifests();
        List<String> problems = new ArrayList<>();
        m.all(io.fabric8.kubernetes.api.model.batch.v1.Job.class).forEach(j -> {
            PodSpec pod = j.getSpec().getTemplate().getSpec();
            for (Container c : pod.getContainers()) {
                String where = j.getMetadata().getName() + "/" + c.getName();
                checkResources(where, c.getResources(), problems);
                checkLockedDown(where, pod.getSecurityContext(), c.getSecurityContext(), problems);
            }
            if (j.getSpec().getActiveDeadlineSeconds() == null || j.getSpec().getBackoffLimit() == null) {
                problems.add(j.getMetadata().getName() + ": a Job needs a deadline and a retry limit");
            }
        });
        assertFalse(m.all(io.fabric8.kubernetes.api.model.batch.v1.Job.class).isEmpty());
        assertEquals(List.of(), problems);
    }

    /**
     * Stopping a pod without dropping requests: a preStop sleep while the endpoint removal
     * reaches Envoy and the other pods, then the application's own graceful shutdown
     * (QUARKUS_SHUTDOWN_TIMEOUT), all inside terminationGracePeriodSeconds.
     */
    @ParameterizedTest
    @EnumSource(Overlay.class)
    void podsStopGracefullyWithinTheirGracePeriod(Overlay overlay) {
        Manifests m = overlay.manifests();
        List<String> problems = new ArrayList<>();
        for (Deployment d : m.all(Deployment.class)) {
            String name = d.getMetadata().getName();
            PodSpec pod = d.getSpec().getTemplate().getSpec();
            Container c = m.container(name);
            var preStop = c.getLifecycle() == null ? null : c.getLifecycle().getPreStop();
            if (preStop == null || preStop.getSleep() == null || preStop.getSleep().getSeconds() < 5) {
                problems.add(name + ": no preStop sleep of at least 5 s");
                continue;
            }
            long sleep = preStop.getSleep().getSeconds();
            long shutdown = 0;
            if (Manifests.APPLICATIONS.contains(name)) {
                String timeout = m.environment(c).get("QUARKUS_SHUTDOWN_TIMEOUT");
                if (timeout == null || !timeout.matches("[0-9]+s")) {
                    problems.add(name + ": QUARKUS_SHUTDOWN_TIMEOUT (seconds) not set: Quarkus would not wait for requests in flight");
                    continue;
                }
                shutdown = Long.parseLong(timeout.replace("s", ""));
            }
            long grace = pod.getTerminationGracePeriodSeconds() == null ? 30 : pod.getTerminationGracePeriodSeconds();
            if (grace < sleep + shutdown + 5) {
                problems.add(name + ": terminationGracePeriodSeconds " + grace + " < preStop " + sleep + " + shutdown "
                        + shutdown + " + 5");
            }
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void podsSpreadOverZonesAndNodes(Overlay overlay) {
        Manifests m = overlay.manifests();
        List<String> problems = new ArrayList<>();
        for (Deployment d : m.all(Deployment.class)) {
            String name = d.getMetadata().getName();
            PodSpec pod = d.getSpec().getTemplate().getSpec();
            Map<String, String> labels = d.getSpec().getTemplate().getMetadata().getLabels();
            Set<String> keys = pod.getTopologySpreadConstraints() == null ? Set.of() : pod.getTopologySpreadConstraints().stream()
                    .filter(t -> NetworkModel.matches(t.getLabelSelector(), labels))
                    .map(t -> t.getTopologyKey()).collect(Collectors.toSet());
            boolean antiAffinity = pod.getAffinity() != null && pod.getAffinity().getPodAntiAffinity() != null
                    && pod.getAffinity().getPodAntiAffinity().getRequiredDuringSchedulingIgnoredDuringExecution() != null
                    && pod.getAffinity().getPodAntiAffinity().getRequiredDuringSchedulingIgnoredDuringExecution().stream()
                    .anyMatch(t -> t.getTopologyKey().equals("kubernetes.io/hostname") && NetworkModel.matches(t.getLabelSelector(), labels));
            if (!keys.contains("topology.kubernetes.io/zone")) {
                problems.add(name + ": not spread over zones");
            }
            if (!keys.contains("kubernetes.io/hostname") && !antiAffinity) {
                problems.add(name + ": not spread over nodes");
            }
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void keycloakUpgradesStopTheOldVersionFirstAndNeverShareANode(Overlay overlay) {
        Deployment kc = overlay.manifests().deployment("keycloak");
        // Two Keycloak versions must not run against one database and one cluster cache.
        assertEquals("Recreate", kc.getSpec().getStrategy().getType());
        var anti = kc.getSpec().getTemplate().getSpec().getAffinity().getPodAntiAffinity()
                .getRequiredDuringSchedulingIgnoredDuringExecution();
        assertTrue(anti.stream().anyMatch(t -> t.getTopologyKey().equals("kubernetes.io/hostname")
                && NetworkModel.matches(t.getLabelSelector(), kc.getSpec().getTemplate().getMetadata().getLabels())));
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
