package io.corridor.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * An environment of deploy/kubernetes/overlays, rendered by the real kustomize (the one kubectl
 * embeds, fetched by the build: see fetch-kubectl.sh) and parsed into fabric8 model classes.
 */
public enum Overlay {
    /** A laptop cluster; its realm comes from the kustomize base deploy/keycloak. */
    DEV("dev", "corridor-dev"),
    PROD("prod", "corridor");

    private static final Map<Overlay, Manifests> RENDERED = new ConcurrentHashMap<>();

    private static final Map<Path, String> YAML = new ConcurrentHashMap<>();

    final String directory;
    final String namespace;

    Overlay(String directory, String namespace) {
        this.directory = directory;
        this.namespace = namespace;
    }

    public static Path root() {
        String root = System.getProperty("corridor.root");
        return Path.of(root != null ? root : "..").toAbsolutePath().normalize();
    }

    public Path path() {
        return root().resolve("deploy/kubernetes/overlays").resolve(directory);
    }

    /** Rendered once per test run. */
    public Manifests manifests() {
        return RENDERED.computeIfAbsent(this, o -> new Manifests(o, o.render()));
    }

    String render() {
        return render(path());
    }

    /**
     * Any kustomization of deploy/kubernetes (relative path), rendered once: the cluster-wide
     * objects ("cluster"), the restore runbook ("restore").
     */
    static String render(String kustomization) {
        return render(root().resolve("deploy/kubernetes").resolve(kustomization));
    }

    /** As "kubectl kustomize" and "kubectl apply -k" render it: default load restrictor, no flags. */
    static String render(Path directory) {
        return YAML.computeIfAbsent(directory, Overlay::run);
    }

    private static String run(Path directory) {
        String kubectl = System.getProperty("corridor.kubectl", "kubectl");
        List<String> command = new ArrayList<>(List.of(kubectl, "kustomize", directory.toString()));
        try {
            Path err = Files.createTempFile("kustomize", ".err");
            Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("kustomize failed for " + directory + ": " + Files.readString(err));
            }
            Files.deleteIfExists(err);
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return directory;
    }
}
