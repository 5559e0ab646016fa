package io.corridor.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * A container image as a tarball, read the way a runtime or a registry reads it: the OCI image
 * layout (index.json, then the manifest and config blobs under blobs/sha256) or the layout of
 * "docker save" (manifest.json naming the config and layer files), then every layer's files.
 */
final class ImageTarball {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Index, manifest and config are small; layers are not. */
    private static final long SMALL = 1 << 20;

    /** One file of a layer (path without a leading slash), with its mode and, if asked for, its content. */
    record Entry(String path, int mode, boolean directory, byte[] content) {
        String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    final Path file;
    /** The tag the tarball carries (OCI annotation org.opencontainers.image.ref.name, or RepoTags). */
    final String reference;
    /** sha256:... of the image manifest: what a registry answers for the pushed image, what a digest pin names. */
    final String manifestDigest;
    final JsonNode manifest;
    /** The image configuration: its "config" member holds User, Entrypoint, Cmd, ExposedPorts, WorkingDir, Env. */
    final JsonNode config;
    /** Layer by layer, bottom (base) first: the files each one adds. */
    final List<Map<String, Entry>> layers;

    private ImageTarball(Path file, String reference, String manifestDigest, JsonNode manifest, JsonNode config,
            List<Map<String, Entry>> layers) {
        this.file = file;
        this.reference = reference;
        this.manifestDigest = manifestDigest;
        this.manifest = manifest;
        this.config = config;
        this.layers = layers;
    }

    /** Reads the tarball; the content of files whose layer path is in {@code contentOf} is kept. */
    static ImageTarball read(Path file, Set<String> contentOf) throws IOException {
        Map<String, byte[]> small = smallEntries(file);
        String reference;
        String manifestDigest;
        JsonNode manifest;
        JsonNode config;
        List<String> layerFiles = new ArrayList<>();
        if (small.containsKey("index.json")) {
            JsonNode index = JSON.readTree(small.get("index.json"));
            if (index.path("manifests").size() != 1) {
                throw new IllegalStateException(file + ": one image expected, index.json lists " + index.path("manifests"));
            }
            JsonNode descriptor = index.path("manifests").get(0);
            manifestDigest = descriptor.path("digest").asText();
            reference = descriptor.path("annotations").path("org.opencontainers.image.ref.name").asText(null);
            byte[] manifestBytes = blob(small, file, manifestDigest);
            manifest = JSON.readTree(manifestBytes);
            config = JSON.readTree(blob(small, file, manifest.path("config").path("digest").asText()));
            for (JsonNode layer : manifest.path("layers")) {
                layerFiles.add(blobPath(layer.path("digest").asText()));
            }
        } else if (small.containsKey("manifest.json")) {
            JsonNode saved = JSON.readTree(small.get("manifest.json")).get(0);
            reference = saved.path("RepoTags").path(0).asText(null);
            manifestDigest = null; // "docker save" keeps no registry manifest
            manifest = saved;
            config = JSON.readTree(small.get(saved.path("Config").asText()));
            saved.path("Layers").forEach(layer -> layerFiles.add(layer.asText()));
        } else {
            throw new IllegalStateException(file + ": neither an OCI layout (index.json) nor a docker-save tarball (manifest.json)");
        }
        return new ImageTarball(file, reference, manifestDigest, manifest, config, layers(file, layerFiles, contentOf));
    }

    private static String blobPath(String digest) {
        return "blobs/" + digest.replace(':', '/');
    }

    /** A blob by digest, checked against it (a tarball whose blobs do not match their names is damaged). */
    private static byte[] blob(Map<String, byte[]> small, Path file, String digest) {
        byte[] bytes = small.get(blobPath(digest));
        if (bytes == null) {
            throw new IllegalStateException(file + ": no blob " + digest);
        }
        if (!digest.equals(sha256(bytes))) {
            throw new IllegalStateException(file + ": blob " + digest + " has digest " + sha256(bytes));
        }
        return bytes;
    }

    static String sha256(byte[] bytes) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TarArchiveInputStream tar(InputStream in) {
        return new TarArchiveInputStream(new BufferedInputStream(in, 1 << 16));
    }

    private static Map<String, byte[]> smallEntries(Path file) throws IOException {
        Map<String, byte[]> result = new HashMap<>();
        try (TarArchiveInputStream in = tar(Files.newInputStream(file))) {
            for (TarArchiveEntry entry; (entry = in.getNextEntry()) != null; ) {
                if (entry.isFile() && entry.getSize() < SMALL) {
                    result.put(normalize(entry.getName()), in.readAllBytes());
                }
            }
        }
        return result;
    }

    private static List<Map<String, Entry>> layers(Path file, List<String> layerFiles, Set<String> contentOf) throws IOException {
        Map<String, Map<String, Entry>> byFile = new HashMap<>();
        try (TarArchiveInputStream in = tar(Files.newInputStream(file))) {
            for (TarArchiveEntry entry; (entry = in.getNextEntry()) != null; ) {
                String name = normalize(entry.getName());
                if (layerFiles.contains(name)) {
                    byFile.put(name, files(new GZIPInputStream(in, 1 << 16), contentOf));
                }
            }
        }
        List<Map<String, Entry>> result = new ArrayList<>();
        for (String layerFile : layerFiles) {
            Map<String, Entry> layer = byFile.get(layerFile);
            if (layer == null) {
                throw new IllegalStateException(file + ": layer " + layerFile + " missing");
            }
            result.add(layer);
        }
        return result;
    }

    /** The files of one layer (a gzipped tar); the outer stream stays open. */
    private static Map<String, Entry> files(InputStream layer, Set<String> contentOf) throws IOException {
        Map<String, Entry> files = new LinkedHashMap<>();
        TarArchiveInputStream in = tar(layer);
        for (TarArchiveEntry entry; (entry = in.getNextEntry()) != null; ) {
            String path = normalize(entry.getName());
            byte[] content = contentOf.contains(path) ? in.readAllBytes() : null;
            files.put(path, new Entry(path, entry.getMode() & 07777, entry.isDirectory(), content));
        }
        return files;
    }

    private static String normalize(String name) {
        String path = name.startsWith("./") ? name.substring(2) : name;
        path = path.startsWith("/") ? path.substring(1) : path;
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** The top layer that holds this path, or null. */
    Map<String, Entry> layerWith(String path) {
        for (int i = layers.size() - 1; i >= 0; i--) {
            if (layers.get(i).containsKey(path)) {
                return layers.get(i);
            }
        }
        return null;
    }

    /** A file as the container sees it (the top layer that has it wins; whiteouts are not used by these images). */
    Entry file(String path) {
        Map<String, Entry> layer = layerWith(path);
        return layer == null ? null : layer.get(path);
    }

    /** The image's environment, NAME=value pairs as a map. */
    Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        config.path("config").path("Env").forEach(pair -> {
            String[] parts = pair.asText().split("=", 2);
            env.put(parts[0], parts.length > 1 ? parts[1] : "");
        });
        return env;
    }
}
