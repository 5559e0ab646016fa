package io.corridor.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The commands of docs/operations.md name what the manifests render: the kustomizations and
 * files it applies exist and render, the objects it waits for, reads or restarts exist under
 * that kind and name in the namespace it uses, its port-forwards target real Service ports, and
 * the Secrets it creates by hand carry the keys the manifests read.
 */
class DocsTest {

    static String operations() throws IOException {
        return Files.readString(Overlay.root().resolve("docs/operations.md"));
    }

    /** prod with the restore runbook and the cluster-wide objects: everything the guide talks about. */
    static List<JsonNode> everything() {
        List<JsonNode> all = new ArrayList<>(Overlay.PROD.manifests().json);
        all.addAll(Manifests.documents(Overlay.render("restore")));
        all.addAll(Manifests.documents(Overlay.render("cluster")));
        return all;
    }

    private static final Map<String, String> KIND_OF = Map.ofEntries(
            Map.entry("job", "Job"), Map.entry("deployment", "Deployment"), Map.entry("deploy", "Deployment"),
            Map.entry("svc", "Service"), Map.entry("gateway", "Gateway"), Map.entry("certificate", "Certificate"),
            Map.entry("cluster.postgresql.cnpg.io", "Cluster"), Map.entry("objectstore", "ObjectStore"),
            Map.entry("externalsecret", "ExternalSecret"), Map.entry("backup", "Backup"));

    @Test
    void everyKustomizationAndFileTheGuideAppliesExistsAndRenders() throws IOException {
        String doc = operations();
        Matcher k = Pattern.compile("kubectl apply -k (deploy/kubernetes/[\\w/-]+)").matcher(doc);
        int count = 0;
        while (k.find()) {
            String path = k.group(1).substring("deploy/kubernetes/".length());
            assertTrue(SchemaTest.KUSTOMIZATIONS.contains(path), k.group(1) + " is not one of the checked kustomizations");
            assertTrue(!Overlay.render(path).isBlank(), k.group(1));
            count++;
        }
        assertTrue(count >= 4, "the guide applies cluster, prod, dev and restore");
        Matcher f = Pattern.compile("kubectl apply -f (deploy/[\\w/.-]+)").matcher(doc);
        while (f.find()) {
            assertTrue(Files.isRegularFile(Overlay.root().resolve(f.group(1))), f.group(1));
        }
    }

    @Test
    void everyObjectTheGuideNamesIsRendered() throws IOException {
        String doc = operations();
        List<JsonNode> all = everything();
        List<String> missing = new ArrayList<>();
        // "kubectl -n corridor <verb> kind/name" and "kubectl -n corridor <verb> kind name"
        // (commands in the operators' own namespaces, envoy-gateway-system, cnpg-system, are theirs)
        Matcher m = Pattern.compile("kubectl -n (corridor) (?:wait|get|describe|logs|rollout status|rollout restart|annotate|delete|port-forward) "
                + "(job|deployment|deploy|svc|gateway|certificate|cluster\\.postgresql\\.cnpg\\.io|objectstore|externalsecret)[/ ]([a-z0-9][a-z0-9-]*)").matcher(doc);
        int count = 0;
        while (m.find()) {
            assertEquals(Overlay.PROD.namespace, m.group(1), m.group());
            String kind = KIND_OF.get(m.group(2));
            String name = m.group(3);
            boolean found = all.stream().anyMatch(o -> o.path("kind").asText().equals(kind)
                    && o.path("metadata").path("name").asText().equals(name));
            if (!found) {
                missing.add(m.group());
            }
            count++;
        }
        assertEquals(List.of(), missing, "objects the guide names that no kustomization renders");
        assertTrue(count >= 10, "found only " + count + " commands");
    }

    @Test
    void portForwardsTargetServicePorts() throws IOException {
        Matcher m = Pattern.compile("port-forward svc/([a-z0-9-]+) ([0-9]+):([0-9]+)").matcher(operations());
        Manifests prod = Overlay.PROD.manifests();
        int count = 0;
        while (m.find()) {
            Service s = prod.get(Service.class, m.group(1));
            int port = Integer.parseInt(m.group(3));
            assertTrue(s.getSpec().getPorts().stream().anyMatch(p -> p.getPort() == port), m.group());
            count++;
        }
        assertTrue(count >= 2);
    }

    @Test
    void secretsCreatedByHandHaveTheKeysTheManifestsRead() throws IOException {
        Map<String, Set<String>> needed = SecretsTest.availableSecrets(Overlay.PROD.manifests());
        Matcher m = Pattern.compile("create secret generic ([a-z0-9-]+)((?: --from-literal=[A-Za-z_]+=\\S+)+)").matcher(operations());
        int count = 0;
        while (m.find()) {
            Set<String> keys = new java.util.TreeSet<>();
            Matcher literal = Pattern.compile("--from-literal=([A-Za-z_]+)=").matcher(m.group(2));
            while (literal.find()) {
                keys.add(literal.group(1));
            }
            assertEquals(needed.get(m.group(1)), keys, "keys of the Secret " + m.group(1) + " (as the ExternalSecret fills it)");
            count++;
        }
        assertTrue(count >= 4);
    }

    @Test
    void theDeployCommandRemovesTheRealmJobItRecreates() throws IOException {
        String doc = operations();
        HasMetadata job = Overlay.PROD.manifests().job("keycloak-config");
        assertTrue(doc.contains("kubectl -n corridor delete job " + job.getMetadata().getName() + " --ignore-not-found"));
        Path prod = Overlay.PROD.path().resolve("kustomization.yaml");
        assertTrue(Files.readString(prod).contains("delete job keycloak-config --ignore-not-found"));
    }
}
