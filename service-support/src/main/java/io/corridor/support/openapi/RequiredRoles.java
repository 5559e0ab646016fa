package io.corridor.support.openapi;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;

import io.quarkus.security.Authenticated;
import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Publishes, on each operation of the OpenAPI document, the roles its {@code @RolesAllowed} demands as the
 * extension {@value #EXTENSION}: {@code ["reader"]}, {@code ["curator"]}... ({@code ["*"]} for any signed-in
 * caller, {@code []} for a public one, absent when nothing declares it). The roles stay declared once, on the
 * resource methods; clients and the end-to-end access matrix read them here instead of a second copy.
 * Roles compose in the realm (admin ⊃ curator ⊃ annotator ⊃ reader), so one role names the least one needed.
 * <p>
 * It runs in the build of every application that depends on service-support (this module is in the Jandex
 * index, where Quarkus finds {@code @OpenApiFilter}s), and reads the application's own resource classes:
 * every class under {@code io/corridor} that declares {@code @Path}, interfaces (REST clients) excepted.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class RequiredRoles implements OASFilter {

    public static final String EXTENSION = "x-corridor-roles";
    private static final String PACKAGE = "io/corridor";
    private static final Map<Class<? extends Annotation>, PathItem.HttpMethod> VERBS = Map.of(
            GET.class, PathItem.HttpMethod.GET, POST.class, PathItem.HttpMethod.POST,
            PUT.class, PathItem.HttpMethod.PUT, DELETE.class, PathItem.HttpMethod.DELETE,
            PATCH.class, PathItem.HttpMethod.PATCH, HEAD.class, PathItem.HttpMethod.HEAD,
            OPTIONS.class, PathItem.HttpMethod.OPTIONS);

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Map<String, List<String>> declared = declaredRoles();
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((verb, operation) -> {
            List<String> roles = declared.get(key(verb, path));
            if (roles != null) {
                operation.addExtension(EXTENSION, roles);
            }
        }));
    }

    /** "VERB /path" of every resource method of the application → the roles it requires. */
    public static Map<String, List<String>> declaredRoles() {
        Map<String, List<String>> roles = new HashMap<>();
        for (Class<?> resource : resourceClasses()) {
            jakarta.ws.rs.Path root = resource.getAnnotation(jakarta.ws.rs.Path.class);
            for (Method method : resource.getDeclaredMethods()) {
                PathItem.HttpMethod verb = verb(method);
                if (verb == null) {
                    continue;
                }
                jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                String path = normalize((root == null ? "" : root.value()) + "/" + (sub == null ? "" : sub.value()));
                List<String> required = roles(method);
                if (required != null) {
                    roles.put(key(verb, path), required);
                }
            }
        }
        return roles;
    }

    private static List<String> roles(Method method) {
        for (Annotation[] annotations : List.of(method.getAnnotations(), method.getDeclaringClass().getAnnotations())) {
            for (Annotation annotation : annotations) {
                if (annotation instanceof RolesAllowed allowed) {
                    return List.of(allowed.value());
                }
                if (annotation instanceof Authenticated) {
                    return List.of("*");
                }
                if (annotation instanceof PermitAll) {
                    return List.of();
                }
                if (annotation instanceof DenyAll) {
                    return List.of("!");
                }
            }
        }
        // Unannotated endpoints are denied (quarkus.security.jaxrs.deny-unannotated-endpoints).
        return List.of("!");
    }

    private static PathItem.HttpMethod verb(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            PathItem.HttpMethod verb = VERBS.get(annotation.annotationType());
            if (verb != null) {
                return verb;
            }
        }
        return null;
    }

    private static String key(PathItem.HttpMethod verb, String path) {
        return verb.name() + " " + normalize(path);
    }

    /** "/api/v1/documents/{id: \\d+}/" and "/api/v1/documents/{id}" are the same path. */
    public static String normalize(String path) {
        String plain = path.replaceAll("\\{\\s*([^}:\\s]+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        if (!plain.startsWith("/")) {
            plain = "/" + plain;
        }
        return plain.length() > 1 && plain.endsWith("/") ? plain.substring(0, plain.length() - 1) : plain;
    }

    /** The JAX-RS resources among the application's classes, whether they sit in a directory or in a jar. */
    private static List<Class<?>> resourceClasses() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = RequiredRoles.class.getClassLoader();
        }
        List<String> names = new ArrayList<>();
        try {
            for (URL url : Collections.list(loader.getResources(PACKAGE))) {
                if ("file".equals(url.getProtocol())) {
                    Path dir = Path.of(url.toURI());
                    try (Stream<Path> files = Files.walk(dir)) {
                        files.map(dir::relativize).map(Path::toString).filter(f -> f.endsWith(".class"))
                                .forEach(f -> names.add(PACKAGE + "/" + f.replace('\\', '/')));
                    }
                } else if ("jar".equals(url.getProtocol())
                        && url.openConnection() instanceof JarURLConnection jar) {
                    jar.getJarFile().stream().map(e -> e.getName())
                            .filter(n -> n.startsWith(PACKAGE + "/") && n.endsWith(".class")).forEach(names::add);
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot list the application's resource classes", e);
        }
        List<Class<?>> resources = new ArrayList<>();
        for (String name : names) {
            String className = name.substring(0, name.length() - ".class".length()).replace('/', '.');
            try {
                Class<?> type = Class.forName(className, false, loader);
                // Interfaces are REST clients of other services, often on the same public paths: not resources here.
                if (type.isInterface()) {
                    continue;
                }
                if (type.isAnnotationPresent(jakarta.ws.rs.Path.class)
                        || Arrays.stream(type.getDeclaredMethods()).anyMatch(m -> m.isAnnotationPresent(jakarta.ws.rs.Path.class))) {
                    resources.add(type);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // Not loadable on its own (e.g. a class of an optional integration): it cannot be a resource here.
            }
        }
        return resources;
    }
}
