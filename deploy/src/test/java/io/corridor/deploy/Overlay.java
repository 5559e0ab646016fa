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
    /** Local realm from deploy/keycloak, outside the overlay: needs LoadRestrictionsNone. */
    DEV("dev", "corridor-dev", true),
    /** Self-contained: renders with the default load restrictor, as "kubectl apply -k" does. */
    PROD("prod", "corridor", false);

    private static final Map<Overlay, Manifests> RENDERED = new ConcurrentHashMap<>();

    final String directory;
    final String namespace;
    private final boolean loadsOutsideRoot;

    Overlay(String directory, String namespace, boolean loadsOutsideRoot) {
        this.directory = directory;
        this.namespace = namespace;
        this.loadsOutsideRoot = loadsOutsideRoot;
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
        String kubectl = System.getProperty("corridor.kubectl", "kubectl");
        List<String> command = new ArrayList<>(List.of(kubectl, "kustomize"));
        if (loadsOutsideRoot) {
            command.add("--load-restrictor=LoadRestrictionsNone");
        }
        command.add(path().toString());
        try {
            Path err = Files.createTempFile("kustomize", ".err");
            Process process = new ProcessBuilder(command).redirectError(err.toFile()).start();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("kustomize failed for " + path() + ": " + Files.readString(err));
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
