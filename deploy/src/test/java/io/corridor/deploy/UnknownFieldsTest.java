package io.corridor.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * No field that Kubernetes does not know: fabric8 keeps unknown YAML keys aside (additional
 * properties) where the API server would drop them silently, e.g. a misspelt "readinesProbe".
 */
class UnknownFieldsTest {

    @ParameterizedTest
    @EnumSource(Overlay.class)
    void everyFieldOfEveryBuiltInObjectIsKnown(Overlay overlay) {
        List<String> unknown = new ArrayList<>();
        for (HasMetadata object : overlay.manifests().objects) {
            if (!(object instanceof GenericKubernetesResource)) {
                walk(object, object.getKind() + "/" + object.getMetadata().getName(), unknown);
            }
        }
        assertEquals(List.of(), unknown);
    }

    @Test
    void aMisspeltFieldIsFound() {
        Deployment d = new KubernetesSerialization().unmarshal("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  template:
                    spec:
                      containers:
                        - name: x
                          readinesProbe: {httpGet: {path: /q/health/ready, port: 8080}}
                """, Deployment.class);
        List<String> unknown = new ArrayList<>();
        walk(d, "Deployment/x", unknown);
        assertTrue(unknown.stream().anyMatch(u -> u.contains("readinesProbe")), unknown.toString());
    }

    static void walk(Object node, String path, List<String> unknown) {
        if (node == null) {
            return;
        }
        if (node instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                walk(item, path + "[" + i++ + "]", unknown);
            }
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(v, path + "." + k, unknown));
            return;
        }
        if (!node.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method m : node.getClass().getMethods()) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || !m.getName().startsWith("get")
                    || m.getDeclaringClass() == Object.class) {
                continue;
            }
            Object value;
            try {
                value = m.invoke(node);
            } catch (ReflectiveOperationException e) {
                continue;
            }
            if (m.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    unknown.add(path + ": " + extra.keySet());
                }
            } else {
                String field = Character.toLowerCase(m.getName().charAt(3)) + m.getName().substring(4);
                walk(value, path + "." + field, unknown);
            }
        }
    }
}
