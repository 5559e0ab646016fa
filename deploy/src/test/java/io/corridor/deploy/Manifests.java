package io.corridor.deploy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesList;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The objects of one rendered overlay, typed where fabric8 has a model class. */
public final class Manifests {

    /** The Corridor applications: one Quarkus module each, same name as its Deployment. */
    public static final List<String> APPLICATIONS =
            List.of("gateway", "document-service", "actor-service", "remittance-service");
    /** The database of each application and of Keycloak, as named in the manifests. */
    public static final Map<String, String> DATABASE_OF = Map.of(
            "gateway", "gateway-db",
            "document-service", "documents-db",
            "actor-service", "actors-db",
            "remittance-service", "remittances-db",
            "keycloak", "keycloak-db");

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    public final Overlay overlay;
    public final List<HasMetadata> objects;
    /** The same objects as rendered (YAML read as JSON trees), custom resources included. */
    public final List<JsonNode> json;

    Manifests(Overlay overlay, String yaml) {
        this(overlay, parse(yaml), documents(yaml));
    }

    Manifests(Overlay overlay, List<HasMetadata> objects) {
        this(overlay, objects, objects.stream().map(o -> SERIALIZATION.convertValue(o, JsonNode.class)).toList());
    }

    private Manifests(Overlay overlay, List<HasMetadata> objects, List<JsonNode> json) {
        this.overlay = overlay;
        this.objects = List.copyOf(objects);
        this.json = List.copyOf(json);
        if (objects.isEmpty()) {
            throw new IllegalStateException("overlay " + overlay + " rendered nothing");
        }
    }

    /** Every YAML document of a rendering, as a JSON tree. */
    static List<JsonNode> documents(String yaml) {
        List<JsonNode> result = new ArrayList<>();
        for (String document : yaml.split("(?m)^---\\s*$")) {
            if (document.isBlank()) {
                continue;
            }
            try {
                result.add(CrdSchemas.YAML.readTree(document));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return result;
    }

    /** Rendered objects of one kind, as JSON trees (Gateway API and other custom resources). */
    public List<JsonNode> json(String kind) {
        return json.stream().filter(o -> kind.equals(o.path("kind").asText())).toList();
    }

    public JsonNode json(String kind, String name) {
        return json(kind).stream().filter(o -> name.equals(o.path("metadata").path("name").asText())).findFirst()
                .orElseThrow(() -> new AssertionError(overlay + ": no " + kind + " named " + name));
    }

    @SuppressWarnings("unchecked")
    private static List<HasMetadata> parse(String yaml) {
        List<HasMetadata> result = new ArrayList<>();
        for (String document : yaml.split("(?m)^---\\s*$")) {
            if (document.isBlank()) {
                continue;
            }
            Object parsed = SERIALIZATION.unmarshal(document);
            if (parsed instanceof KubernetesList list) {
                result.addAll(list.getItems());
            } else if (parsed instanceof List<?> list) {
                result.addAll((List<HasMetadata>) list);
            } else if (parsed instanceof HasMetadata object) {
                result.add(object);
            }
        }
        return result;
    }

    public <T extends HasMetadata> List<T> all(Class<T> type) {
        return objects.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** Custom resources (CloudNativePG, Prometheus Operator, External Secrets) by kind. */
    public List<GenericKubernetesResource> custom(String kind) {
        return objects.stream()
                .filter(o -> o instanceof GenericKubernetesResource && kind.equals(o.getKind()))
                .map(GenericKubernetesResource.class::cast)
                .toList();
    }

    public <T extends HasMetadata> Optional<T> find(Class<T> type, String name) {
        return all(type).stream().filter(o -> name.equals(o.getMetadata().getName())).findFirst();
    }

    public <T extends HasMetadata> T get(Class<T> type, String name) {
        return find(type, name).orElseThrow(() -> new AssertionError(
                overlay + ": no " + type.getSimpleName() + " named " + name));
    }

    public Deployment deployment(String name) {
        return get(Deployment.class, name);
    }

    /** Pod templates of every Deployment, StatefulSet and Job, by workload name. */
    public Map<String, PodTemplateSpec> podTemplates() {
        Map<String, PodTemplateSpec> templates = new LinkedHashMap<>();
        all(Deployment.class).forEach(d -> templates.put(d.getMetadata().getName(), d.getSpec().getTemplate()));
        all(StatefulSet.class).forEach(s -> templates.put(s.getMetadata().getName(), s.getSpec().getTemplate()));
        all(Job.class).forEach(j -> templates.put(j.getMetadata().getName(), j.getSpec().getTemplate()));
        return templates;
    }

    public Job job(String name) {
        return get(Job.class, name);
    }

    public Container container(String deployment) {
        List<Container> containers = deployment(deployment).getSpec().getTemplate().getSpec().getContainers();
        return containers.stream().filter(c -> deployment.equals(c.getName())).findFirst()
                .orElse(containers.get(0));
    }

    /**
     * The environment a container gets: its env entries, and every key of the ConfigMaps it
     * imports with envFrom (looked up in the rendered output). Values from Secrets appear as
     * "secret:NAME/KEY".
     */
    public Map<String, String> environment(Container container) {
        Map<String, String> env = new LinkedHashMap<>();
        if (container.getEnvFrom() != null) {
            for (EnvFromSource from : container.getEnvFrom()) {
                if (from.getConfigMapRef() != null) {
                    env.putAll(get(ConfigMap.class, from.getConfigMapRef().getName()).getData());
                }
                if (from.getSecretRef() != null) {
                    throw new AssertionError(container.getName() + " imports a whole Secret ("
                            + from.getSecretRef().getName() + "): name each key, so that it can be checked");
                }
            }
        }
        if (container.getEnv() != null) {
            for (EnvVar var : container.getEnv()) {
                if (var.getValueFrom() != null && var.getValueFrom().getSecretKeyRef() != null) {
                    var ref = var.getValueFrom().getSecretKeyRef();
                    env.put(var.getName(), "secret:" + ref.getName() + "/" + ref.getKey());
                } else if (var.getValueFrom() != null && var.getValueFrom().getConfigMapKeyRef() != null) {
                    var ref = var.getValueFrom().getConfigMapKeyRef();
                    String value = get(ConfigMap.class, ref.getName()).getData().get(ref.getKey());
                    if (value == null) {
                        throw new AssertionError(container.getName() + " " + var.getName() + ": ConfigMap "
                                + ref.getName() + " has no key " + ref.getKey());
                    }
                    env.put(var.getName(), value);
                } else {
                    env.put(var.getName(), var.getValue());
                }
            }
        }
        return env;
    }
}
