package io.corridor.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The image definitions of the build (Jib in the profile "images": root pom for the Quarkus
 * applications, deploy/pom.xml for Keycloak) agree with the manifests that run them, checked from
 * the poms in every build; ImageTarballTest checks the built images themselves in that profile.
 */
class ContainerImageTest {

    private static final String IMAGES_PROFILE = "/project/profiles/profile[id='images']";
    private static final String JIB = "plugin[artifactId='jib-maven-plugin']";

    private static Document pom(String module) throws Exception {
        Path file = Overlay.root().resolve(module).resolve("pom.xml");
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }

    private static List<String> texts(Document pom, String expression) throws Exception {
        XPath xpath = XPathFactory.newInstance().newXPath();
        NodeList nodes = (NodeList) xpath.evaluate(expression, pom, XPathConstants.NODESET);
        List<String> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add(nodes.item(i).getTextContent().trim());
        }
        return result;
    }

    private static List<String> ports(Container container) {
        return container.getPorts().stream().map(ContainerPort::getContainerPort).map(String::valueOf).sorted().toList();
    }

    private static String rootProperty(String name) throws Exception {
        return texts(pom("."), "/project/properties/" + name).get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gateway", "document-service", "actor-service", "remittance-service"})
    void eachApplicationIsImagedAsItsDeploymentRunsIt(String module) throws Exception {
        assertEquals(List.of("com.google.cloud.tools"),
                texts(pom(module), IMAGES_PROFILE + "/build/plugins/" + JIB + "/groupId"),
                module + ": its profile \"images\" builds the image with Jib");
        Document root = pom(".");
        String jib = IMAGES_PROFILE + "/build/pluginManagement/plugins/" + JIB + "/configuration";
        for (Overlay overlay : Overlay.values()) {
            Manifests m = overlay.manifests();
            Long uid = m.deployment(module).getSpec().getTemplate().getSpec().getSecurityContext().getRunAsUser();
            assertEquals(List.of(String.valueOf(uid)), texts(root, jib + "/container/user"), overlay + ": " + module + " uid");
            assertEquals(ports(m.container(module)), texts(root, jib + "/container/ports/port").stream().sorted().toList(),
                    overlay + ": " + module + " ports");
            assertTrue(m.container(module).getImage().contains("corridor/" + module), m.container(module).getImage());
        }
        // The dev overlay runs what the build tags: the project version.
        String version = texts(root, "/project/version").get(0);
        assertTrue(Overlay.DEV.manifests().container(module).getImage().endsWith("corridor/" + module + ":" + version),
                Overlay.DEV.manifests().container(module).getImage());
    }

    @Test
    void keycloakImageAsItsDeploymentRunsItAtTheVersionOfTheLocalStack() throws Exception {
        String version = rootProperty("keycloak.version");
        Matcher script = Pattern.compile("(?m)^readonly KEYCLOAK_VERSION=(\\S+)")
                .matcher(Files.readString(Overlay.root().resolve("corridor")));
        assertTrue(script.find(), "KEYCLOAK_VERSION in ./corridor");
        assertEquals(version, script.group(1), "Keycloak of the image (root pom) and of ./corridor");

        Document deploy = pom("deploy");
        String jib = IMAGES_PROFILE + "/build/plugins/" + JIB + "/configuration";
        assertEquals(List.of("${image.repository}/keycloak:${keycloak.version}"), texts(deploy, jib + "/to/image"));
        assertTrue(texts(deploy, IMAGES_PROFILE + "/properties/keycloak.build.options").get(0).contains("--db=postgres"),
                "an optimized build for PostgreSQL: start --optimized never rebuilds");
        for (Overlay overlay : Overlay.values()) {
            Manifests m = overlay.manifests();
            Container keycloak = m.container("keycloak");
            assertTrue(keycloak.getImage().contains(":" + version), overlay + ": " + keycloak.getImage());
            Long uid = m.deployment("keycloak").getSpec().getTemplate().getSpec().getSecurityContext().getRunAsUser();
            assertEquals(List.of(String.valueOf(uid)), texts(deploy, jib + "/container/user"), overlay + ": Keycloak uid");
            assertEquals(ports(keycloak), texts(deploy, jib + "/container/ports/port").stream().sorted().toList(), overlay + ": Keycloak ports");
            assertEquals(keycloak.getArgs(), texts(deploy, jib + "/container/args/arg"), overlay + ": Keycloak arguments");
        }
    }
}
