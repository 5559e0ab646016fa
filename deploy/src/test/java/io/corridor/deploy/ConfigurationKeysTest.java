package io.corridor.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The environment each Deployment gives its container names configuration the module really
 * reads: a key of its application.properties (or of service-support's defaults), an expression
 * it references, or a key of a Quarkus extension it uses that is read at run time. And whatever
 * the module points at localhost, or leaves to the environment, the manifests set.
 */
class ConfigurationKeysTest {

    /**
     * Read by the JVM (the images start "java ... -jar quarkus-run.jar") or by glibc's malloc under it
     * (MALLOC_ARENA_MAX, base/jvm/APP.env), not by the application.
     */
    private static final Set<String> IMAGE_VARIABLES = Set.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "MALLOC_ARENA_MAX");

    private final QuarkusConfigModel quarkus = QuarkusConfigModel.INSTANCE;

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everyVariableSetsAKeyTheServiceReads(Overlay overlay) {
        Manifests m = overlay.manifests();
        List<String> problems = new ArrayList<>();
        for (String app : Manifests.APPLICATIONS) {
            ServiceConfiguration declared = ServiceConfiguration.of(app);
            for (String variable : m.environment(m.container(app)).keySet()) {
                if (IMAGE_VARIABLES.contains(variable)) {
                    continue;
                }
                Optional<QuarkusConfigModel.Key> key = variable.startsWith("QUARKUS_") ? quarkus.find(variable) : Optional.empty();
                if (key.isPresent() && !key.get().readAtRunTime()) {
                    problems.add(app + ": " + variable + " sets " + key.get().property() + ", fixed at build time ("
                            + key.get().phase() + "): the environment cannot change it");
                } else if (key.isEmpty() && !declared.declares(variable)) {
                    problems.add(app + ": " + variable + " matches no key of " + app + " nor of its Quarkus extensions");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everyLocalSettingIsReplacedInTheCluster(Overlay overlay) {
        Manifests m = overlay.manifests();
        List<String> problems = new ArrayList<>();
        for (String app : Manifests.APPLICATIONS) {
            ServiceConfiguration declared = ServiceConfiguration.of(app);
            Map<String, String> env = m.environment(m.container(app));
            declared.production.forEach((key, value) -> {
                if (value.contains("localhost") || value.contains("127.0.0.1")) {
                    String variable = QuarkusConfigModel.environmentVariableOf(key);
                    if (!env.containsKey(variable) && !referencesOverridden(value, env)) {
                        problems.add(app + ": " + key + "=" + value + " is not overridden (" + variable + ")");
                    }
                }
            });
            for (String required : declared.required) {
                if (!env.containsKey(required) && !env.containsKey(QuarkusConfigModel.environmentVariableOf(required))) {
                    problems.add(app + ": ${" + required + "} has no value in production");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    /** quarkus.oidc.web.auth-server-url=${quarkus.oidc.auth-server-url}: overriding the target is enough. */
    private static boolean referencesOverridden(String value, Map<String, String> env) {
        var matcher = java.util.regex.Pattern.compile("\\$\\{([^}:]+)").matcher(value);
        return matcher.find() && env.containsKey(QuarkusConfigModel.environmentVariableOf(matcher.group(1)));
    }

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everyServiceListensWhereItsServiceAndProbesPoint(Overlay overlay) {
        Manifests m = overlay.manifests();
        for (String app : Manifests.APPLICATIONS) {
            String port = m.environment(m.container(app)).get("QUARKUS_HTTP_PORT");
            assertEquals(String.valueOf(m.container(app).getPorts().get(0).getContainerPort()), port, app);
        }
    }

    @Test
    void theMappingKnowsQuarkusKeysAndRejectsOthers() {
        assertEquals("quarkus.http.port", quarkus.find("QUARKUS_HTTP_PORT").orElseThrow().property());
        assertTrue(quarkus.find("QUARKUS_DATASOURCE_JDBC_URL").orElseThrow().readAtRunTime());
        assertTrue(quarkus.find("QUARKUS_REST_CLIENT_DOCUMENT_SERVICE_URL").orElseThrow().readAtRunTime(), "the actor-service reads documents");
        assertFalse(quarkus.find("QUARKUS_DATASOURCE_DB_KIND").orElseThrow().readAtRunTime(), "db-kind is fixed at build time");
        assertTrue(quarkus.find("QUARKUS_DATASOURCE_JDBC_URI").isEmpty(), "a misspelt key");
        ServiceConfiguration gateway = ServiceConfiguration.of("gateway");
        assertTrue(gateway.declares("CORRIDOR_WEB_CLIENT_SECRET"));
        assertTrue(gateway.declares("CORRIDOR_DOCUMENT_SERVICE_URL"), "the route table's addresses");
        assertTrue(gateway.required.contains("CORRIDOR_WEB_CLIENT_SECRET"), "the gateway has no production value of its own");
        assertFalse(gateway.declares("CORRIDOR_WEB_CLIENT_SECRETS"));
    }
}
