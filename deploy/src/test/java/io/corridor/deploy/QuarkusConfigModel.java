package io.corridor.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Every configuration key of the Quarkus extensions on the test class path (the ones the services
 * use), read from the config model each extension ships (META-INF/quarkus-config-doc), with the
 * environment variable Quarkus maps onto it and the phase in which it is read.
 */
final class QuarkusConfigModel {

    /** One key. Map keys of the model ("datasource-name") match any name. */
    record Key(String property, Pattern environmentVariable, String phase, boolean named) {
        boolean readAtRunTime() {
            return phase.equals("RUN_TIME");
        }
    }

    static final QuarkusConfigModel INSTANCE = load();

    final List<Key> keys;

    private QuarkusConfigModel(List<Key> keys) {
        this.keys = keys;
    }

    private static QuarkusConfigModel load() {
        ObjectMapper json = new ObjectMapper();
        List<Key> keys = new ArrayList<>();
        try {
            for (URL url : Collections.list(QuarkusConfigModel.class.getClassLoader()
                    .getResources("META-INF/quarkus-config-doc/quarkus-config-model.json"))) {
                try (InputStream in = url.openStream()) {
                    collect(json.readTree(in), keys);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (keys.size() < 100) {
            throw new IllegalStateException("Quarkus config models not found on the class path (" + keys.size() + " keys)");
        }
        return new QuarkusConfigModel(List.copyOf(keys));
    }

    private static void collect(JsonNode node, List<Key> keys) {
        if (node.isObject()) {
            JsonNode path = node.get("path");
            if (path != null && path.has("property") && node.has("phase")) {
                String phase = node.get("phase").asText();
                keys.add(key(path.get("property").asText(), phase));
                for (JsonNode extra : node.path("additionalPaths")) {
                    keys.add(key(extra.get("property").asText(), phase));
                }
            }
            node.forEach(child -> collect(child, keys));
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, keys));
        }
    }

    /** quarkus.rest-client."config-key".url -> QUARKUS_REST_CLIENT_[A-Z0-9_]+_URL */
    private static Key key(String property, String phase) {
        StringBuilder regex = new StringBuilder();
        boolean named = false;
        int i = 0;
        while (i < property.length()) {
            char c = property.charAt(i);
            if (c == '"') {
                int end = property.indexOf('"', i + 1);
                regex.append("[A-Z0-9_]+");
                named = true;
                i = end + 1;
            } else if (property.startsWith("[*]", i)) {
                regex.append("_[0-9]+_");
                named = true;
                i += 3;
            } else if (c == '*') {
                regex.append("[A-Z0-9_]+");
                named = true;
                i++;
            } else {
                regex.append(Character.isLetterOrDigit(c) ? String.valueOf(Character.toUpperCase(c)) : "_");
                i++;
            }
        }
        return new Key(property, Pattern.compile(regex.toString()), phase, named);
    }

    /** The key an environment variable sets: an exact key if there is one, else a key of a map. */
    Optional<Key> find(String environmentVariable) {
        List<Key> matching = keys.stream().filter(k -> k.environmentVariable().matcher(environmentVariable).matches()).toList();
        return matching.stream().filter(k -> !k.named()).findFirst()
                .or(() -> matching.stream().filter(Key::readAtRunTime).findFirst())
                .or(() -> matching.stream().findFirst());
    }

    /** The MicroProfile Config / Quarkus rule: upper case, anything but letters and digits becomes "_". */
    static String environmentVariableOf(String property) {
        StringBuilder env = new StringBuilder();
        for (char c : property.toCharArray()) {
            env.append(Character.isLetterOrDigit(c) ? Character.toUpperCase(c) : '_');
        }
        return env.toString();
    }
}
