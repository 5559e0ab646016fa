package io.corridor.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one Corridor module declares, read from its sources at test time: its
 * application.properties over the shared defaults of service-support.
 */
final class ServiceConfiguration {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}:]+)(:[^}]*)?}");

    final String module;
    /** Keys without a profile, and %prod keys (profile removed), with their values. */
    final Map<String, String> production = new LinkedHashMap<>();
    /** Every key in any profile, profile removed. */
    final Set<String> keys = new TreeSet<>();
    /** Expressions ${NAME} without a default that no production key defines: must come from outside. */
    final Set<String> required = new TreeSet<>();
    /** Every name referenced by an expression, required or not. */
    final Set<String> referenced = new TreeSet<>();

    private ServiceConfiguration(String module) {
        this.module = module;
    }

    static ServiceConfiguration of(String module) {
        Path root = Overlay.root();
        ServiceConfiguration config = new ServiceConfiguration(module);
        config.load(root.resolve("service-support/src/main/resources/META-INF/microprofile-config.properties"));
        config.load(root.resolve(module).resolve("src/main/resources/application.properties"));
        for (String value : config.production.values()) {
            Matcher m = REFERENCE.matcher(value);
            while (m.find()) {
                config.referenced.add(m.group(1));
                if (m.group(2) == null && !config.production.containsKey(m.group(1))) {
                    config.required.add(m.group(1));
                }
            }
        }
        return config;
    }

    private void load(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String key : properties.stringPropertyNames()) {
            String value = properties.getProperty(key);
            if (key.startsWith("%")) {
                String[] profiled = key.split("\\.", 2);
                keys.add(profiled[1]);
                if (List.of(profiled[0].substring(1).split(",")).contains("prod")) {
                    production.put(profiled[1], value);
                }
            } else {
                keys.add(key);
                production.put(key, value);
            }
        }
    }

    /** Does the module declare or reference the key this environment variable sets? */
    boolean declares(String environmentVariable) {
        return keys.stream().anyMatch(k -> QuarkusConfigModel.environmentVariableOf(k).equals(environmentVariable))
                || referenced.contains(environmentVariable);
    }
}
