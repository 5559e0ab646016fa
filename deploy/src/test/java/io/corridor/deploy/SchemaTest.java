package io.corridor.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every object that any kustomization of deploy/kubernetes renders is checked against a
 * published schema, unknown fields refused: built-in kinds through fabric8's model classes
 * (Kubernetes' own API types), custom resources against the openAPIV3Schema of the CRD their
 * operator publishes (Gateway API, Envoy Gateway, CloudNativePG, Barman Cloud plugin, Prometheus
 * Operator, cert-manager, External Secrets; see src/test/resources/crds). A custom resource
 * whose schema is not vendored fails too.
 */
class SchemaTest {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();
    /** Every kustomization an operator applies (docs/operations.md). */
    static final List<String> KUSTOMIZATIONS = List.of("overlays/dev", "overlays/prod", "cluster", "restore");

    static List<String> problems(String yaml) {
        List<String> problems = new ArrayList<>();
        List<JsonNode> documents = Manifests.documents(yaml);
        for (JsonNode json : documents) {
            problems.addAll(problems(json));
        }
        return problems;
    }

    static List<String> problems(JsonNode json) {
        String apiVersion = json.path("apiVersion").asText();
        String kind = json.path("kind").asText();
        String where = kind + "/" + json.path("metadata").path("name").asText();
        List<String> problems = new ArrayList<>();
        HasMetadata typed = SERIALIZATION.convertValue(json, HasMetadata.class);
        if (CrdSchemas.INSTANCE.schema(apiVersion, kind).isPresent()) {
            problems.addAll(CrdSchemas.INSTANCE.validate(json));
            // The API server checks a custom resource's metadata as any ObjectMeta.
            ObjectMeta meta = SERIALIZATION.convertValue(json.path("metadata"), ObjectMeta.class);
            UnknownFieldsTest.walk(meta, where + ".metadata", problems);
        } else if (typed instanceof GenericKubernetesResource) {
            problems.add(where + ": " + apiVersion + " " + kind + " is neither a built-in kind nor one whose CRD schema is vendored");
        } else {
            UnknownFieldsTest.walk(typed, where, problems);
        }
        return problems;
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/dev", "overlays/prod", "cluster", "restore"})
    void everyRenderedObjectMatchesItsPublishedSchema(String kustomization) {
        String yaml = Overlay.render(kustomization);
        assertEquals(List.of(), problems(yaml), kustomization);
    }

    @Test
    void everyKindIsCheckedAndTheCountsAreKnown() {
        // What the checks cover, by kind over all kustomizations (printed for the record).
        Map<String, Integer> kinds = new TreeMap<>();
        int total = 0;
        for (String k : KUSTOMIZATIONS) {
            for (JsonNode json : Manifests.documents(Overlay.render(k))) {
                kinds.merge(json.path("apiVersion").asText() + " " + json.path("kind").asText(), 1, Integer::sum);
                total++;
            }
        }
        System.out.println("SchemaTest: " + total + " objects validated: " + kinds);
        for (String custom : List.of("gateway.networking.k8s.io/v1 Gateway", "gateway.networking.k8s.io/v1 HTTPRoute",
                "gateway.networking.k8s.io/v1 GatewayClass", "gateway.envoyproxy.io/v1alpha1 ClientTrafficPolicy",
                "gateway.envoyproxy.io/v1alpha1 BackendTrafficPolicy", "postgresql.cnpg.io/v1 Cluster",
                "barmancloud.cnpg.io/v1 ObjectStore", "monitoring.coreos.com/v1 PodMonitor",
                "monitoring.coreos.com/v1 PrometheusRule", "cert-manager.io/v1 Certificate")) {
            assertTrue(kinds.containsKey(custom), "rendered and schema-checked: " + custom);
            assertTrue(CrdSchemas.INSTANCE.kinds().contains(custom), "schema vendored: " + custom);
        }
    }

    @Test
    void theVendoredCrdsAreThePublishedFilesUnchanged() {
        assertFalse(CrdSchemas.INSTANCE.sources.isEmpty());
        for (CrdSchemas.Source source : CrdSchemas.INSTANCE.sources) {
            assertTrue(source.url().matches("https://github\\.com/[^/]+/[^/]+/blob/v[0-9][^/]*/.+\\.yaml"),
                    source.file() + ": a released tag, not a branch: " + source.url());
            assertTrue(source.url().endsWith("/" + source.file()), source.url());
            assertEquals(source.sha256(), CrdSchemas.sha256(CrdSchemas.resource(source.file())), source.file() + " was edited");
        }
    }

    /** A fixture: a valid object in which one field is misspelt, "# typo: wrong -> right". */
    record Fixture(String name, String yaml, String wrong, String right) {
        static Fixture load(String name) throws IOException {
            try (InputStream in = SchemaTest.class.getClassLoader().getResourceAsStream("schema-fixtures/" + name)) {
                String yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                Matcher typo = Pattern.compile("# typo: (\\S+) -> (\\S+)").matcher(yaml);
                assertTrue(typo.find(), name + " names its typo");
                return new Fixture(name, yaml, typo.group(1), typo.group(2));
            }
        }

        String corrected() {
            return yaml.replace(wrong + ":", right + ":");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"httproute.yaml", "client-traffic-policy.yaml", "backend-traffic-policy.yaml",
            "cluster.yaml", "object-store.yaml", "pod-monitor.yaml", "prometheus-rule.yaml", "certificate.yaml",
            "deployment.yaml", "metadata.yaml"})
    void aPlantedTypoFailsAndItsCorrectionPasses(String name) throws IOException {
        Fixture fixture = Fixture.load(name);
        List<String> withTypo = problems(fixture.yaml());
        assertFalse(withTypo.isEmpty(), name + ": the misspelt " + fixture.wrong() + " went through");
        assertTrue(withTypo.stream().anyMatch(p -> p.contains(fixture.wrong())), name + " names the field: " + withTypo);
        assertEquals(List.of(), problems(fixture.corrected()), name + " corrected");
    }

    @Test
    void aCustomResourceWithoutASchemaIsRefused() {
        List<String> problems = problems("""
                apiVersion: example.org/v1
                kind: Widget
                metadata: {name: w}
                spec: {size: 1}
                """);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("neither a built-in kind nor one whose CRD schema is vendored"));
    }

    @Test
    void wrongTypesAndEnumsAreRefusedToo() {
        List<String> problems = problems("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata: {name: r}
                spec:
                  rules:
                    - matches:
                        - path: {type: Prefix, value: /}
                      backendRefs:
                        - name: gateway
                          port: "8080"
                """);
        assertTrue(problems.stream().anyMatch(p -> p.contains("type")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("port")), problems.toString());
    }

    /**
     * Mutation check over the real manifests: an unknown member planted in every object of every
     * rendered custom resource (below metadata) must be refused. Where it is not, the CRD keeps
     * unknown fields there on purpose; those places are listed here, so a schema that silently
     * stops checking a part of a manifest fails this test.
     */
    @Test
    void anUnknownFieldPlantedAnywhereInACustomResourceIsRefused() {
        Set<String> accepted = new java.util.TreeSet<>();
        int planted = 0;
        // dev repeats the base's custom resources with other hosts: prod, cluster and restore cover every kind.
        for (String k : List.of("overlays/prod", "cluster", "restore")) {
            for (JsonNode json : Manifests.documents(Overlay.render(k))) {
                if (CrdSchemas.INSTANCE.schema(json.path("apiVersion").asText(), json.path("kind").asText()).isEmpty()) {
                    continue;
                }
                String kind = json.path("kind").asText();
                for (String pointer : objectPointers(json, "")) {
                    if (pointer.isEmpty() || pointer.startsWith("/metadata")) {
                        continue;
                    }
                    com.fasterxml.jackson.databind.node.ObjectNode copy = json.deepCopy();
                    ((com.fasterxml.jackson.databind.node.ObjectNode) copy.at(pointer)).putObject("corridorTypo");
                    planted++;
                    if (CrdSchemas.INSTANCE.validate(copy).isEmpty()) {
                        accepted.add(kind + " " + pointer.replaceAll("/[0-9]+", "/*"));
                    }
                }
            }
        }
        System.out.println("SchemaTest: " + planted + " unknown fields planted in custom resources; accepted where the CRD preserves them: " + accepted);
        assertTrue(planted > 200, "planted " + planted);
        assertEquals(PRESERVED, accepted);
    }

    /**
     * Where the published CRDs keep unknown fields (x-kubernetes-preserve-unknown-fields) in the
     * parts our manifests fill: nowhere today (every planted field is refused).
     */
    static final Set<String> PRESERVED = Set.of();

    private static List<String> objectPointers(JsonNode node, String pointer) {
        List<String> pointers = new ArrayList<>();
        if (node.isObject()) {
            pointers.add(pointer);
            node.properties().forEach(e -> pointers.addAll(objectPointers(e.getValue(),
                    pointer + "/" + e.getKey().replace("~", "~0").replace("/", "~1"))));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                pointers.addAll(objectPointers(node.get(i), pointer + "/" + i));
            }
        }
        return pointers;
    }
}
