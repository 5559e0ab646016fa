package io.corridor.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The published CustomResourceDefinitions of the operators Corridor relies on (vendored under
 * src/test/resources/crds, listed with their source and SHA-256 in crds/SOURCES.tsv), turned into
 * strict JSON Schemas: the openAPIV3Schema of each served version, where every object that the
 * CRD does not open with x-kubernetes-preserve-unknown-fields (or a map's additionalProperties)
 * refuses fields it does not name, as the API server would prune (or, with strict field
 * validation, reject) them.
 */
final class CrdSchemas {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String DIRECTORY = "crds/";

    /** One vendored CRD file: where it comes from and the SHA-256 it had there. */
    record Source(String file, String url, String sha256) {}

    static final CrdSchemas INSTANCE = load();

    final List<Source> sources;
    /** "group/version Kind" -> strict schema. */
    private final Map<String, JsonSchema> schemas;

    private CrdSchemas(List<Source> sources, Map<String, JsonSchema> schemas) {
        this.sources = sources;
        this.schemas = schemas;
    }

    static String key(String apiVersion, String kind) {
        return apiVersion + " " + kind;
    }

    Set<String> kinds() {
        return schemas.keySet();
    }

    Optional<JsonSchema> schema(String apiVersion, String kind) {
        return Optional.ofNullable(schemas.get(key(apiVersion, kind)));
    }

    /** Problems of one object (its spec and other top-level fields; metadata is checked by fabric8's ObjectMeta). */
    List<String> validate(JsonNode object) {
        String apiVersion = object.path("apiVersion").asText();
        String kind = object.path("kind").asText();
        String where = kind + "/" + object.path("metadata").path("name").asText();
        JsonSchema schema = schemas.get(key(apiVersion, kind));
        if (schema == null) {
            return List.of(where + ": no published schema vendored for " + apiVersion + " " + kind);
        }
        List<String> problems = new ArrayList<>();
        for (ValidationMessage message : schema.validate(object)) {
            problems.add(where + ": " + message.getMessage());
        }
        return problems;
    }

    static byte[] resource(String name) {
        try (InputStream in = CrdSchemas.class.getClassLoader().getResourceAsStream(DIRECTORY + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + DIRECTORY + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static CrdSchemas load() {
        List<Source> sources = new ArrayList<>();
        for (String line : new String(resource("SOURCES.tsv"), StandardCharsets.UTF_8).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            sources.add(new Source(cells[0], cells[1], cells[2]));
        }
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().build();
        Map<String, JsonSchema> schemas = new LinkedHashMap<>();
        for (Source source : sources) {
            JsonNode crd;
            try {
                crd = YAML.readTree(resource(source.file()));
            } catch (IOException e) {
                throw new UncheckedIOException(source.file(), e);
            }
            String group = crd.path("spec").path("group").asText();
            String kind = crd.path("spec").path("names").path("kind").asText();
            for (JsonNode version : crd.path("spec").path("versions")) {
                if (!version.path("served").asBoolean(false)) {
                    continue;
                }
                ObjectNode schema = strict(version.path("schema").path("openAPIV3Schema").deepCopy());
                // The API server checks metadata itself (ObjectMeta); CRDs only say "object".
                ((ObjectNode) schema.with("properties")).set("metadata", JsonNodeFactory.instance.objectNode().put("type", "object"));
                ((ObjectNode) schema.with("properties")).set("apiVersion", JsonNodeFactory.instance.objectNode().put("type", "string"));
                ((ObjectNode) schema.with("properties")).set("kind", JsonNodeFactory.instance.objectNode().put("type", "string"));
                schemas.put(key(group + "/" + version.path("name").asText(), kind), factory.getSchema(schema, config));
            }
        }
        return new CrdSchemas(List.copyOf(sources), schemas);
    }

    /**
     * A structural CRD schema as a strict draft-4 JSON Schema: objects without
     * x-kubernetes-preserve-unknown-fields or additionalProperties get additionalProperties
     * false; "nullable" admits null; int-or-string admits both; formats and CEL rules (which the
     * validator does not know) are left to the API server.
     */
    static ObjectNode strict(ObjectNode node) {
        transform(node, true);
        return node;
    }

    private static void transform(JsonNode json, boolean structural) {
        if (!(json instanceof ObjectNode node)) {
            return;
        }
        node.remove("format");
        node.remove("x-kubernetes-validations");
        if (node.path("x-kubernetes-int-or-string").asBoolean(false)) {
            node.remove("type");
            if (!node.has("anyOf")) {
                ArrayNode anyOf = node.putArray("anyOf");
                anyOf.addObject().put("type", "integer");
                anyOf.addObject().put("type", "string");
            }
        }
        if (node.path("nullable").asBoolean(false) && node.has("type") && node.get("type").isTextual()) {
            ArrayNode types = JsonNodeFactory.instance.arrayNode().add(node.get("type").asText()).add("null");
            node.set("type", types);
        }
        boolean preserve = node.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        boolean isObject = "object".equals(node.path("type").asText()) || node.has("properties");
        if (structural && isObject && !preserve && !node.has("additionalProperties")) {
            node.put("additionalProperties", false);
        }
        if (node.get("properties") instanceof ObjectNode properties) {
            properties.properties().forEach(e -> transform(e.getValue(), structural));
        }
        if (node.get("additionalProperties") instanceof ObjectNode additional) {
            transform(additional, structural);
        }
        if (node.get("items") instanceof ObjectNode items) {
            transform(items, structural);
        }
        // Branches of allOf/anyOf/oneOf/not only constrain: they may name no field of their own.
        for (String branch : List.of("allOf", "anyOf", "oneOf")) {
            node.path(branch).forEach(b -> transform(b, false));
        }
        transform(node.get("not"), false);
    }
}
