package io.corridor.support.problem;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Set;

import jakarta.validation.Path;

/**
 * Whether a validated method parameter is the request body: a violation on it names "body" for the client,
 * not the Java name of the parameter (a missing body used to be reported as "draft must not be null").
 */
final class RequestParameters {

    /** Parameter annotations of JAX-RS and Quarkus REST that take a value from somewhere else than the body. */
    private static final Set<String> NOT_BODY = Set.of("QueryParam", "PathParam", "HeaderParam", "CookieParam", "FormParam",
            "MatrixParam", "BeanParam", "Context", "RestQuery", "RestPath", "RestHeader", "RestCookie", "RestForm",
            "RestMatrix", "Suspended");

    private RequestParameters() {
    }

    static boolean isBody(Class<?> resource, Path path, Path.ParameterNode parameter) {
        if (resource == null) {
            return false;
        }
        for (Path.Node node : path) {
            if (node.getKind() == jakarta.validation.ElementKind.METHOD) {
                Path.MethodNode method = node.as(Path.MethodNode.class);
                Method found = find(resource, method.getName(), method.getParameterTypes().toArray(Class<?>[]::new));
                if (found == null) {
                    return false;
                }
                for (Annotation a : found.getParameterAnnotations()[parameter.getParameterIndex()]) {
                    if (NOT_BODY.contains(a.annotationType().getSimpleName())) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** The resource's own method: Quarkus validates through a generated subclass whose override has no annotations. */
    private static Method find(Class<?> type, String name, Class<?>[] parameters) {
        Class<?> start = type;
        while (start.getSuperclass() != null && (start.isSynthetic() || start.getName().endsWith("_Subclass"))) {
            start = start.getSuperclass();
        }
        for (Class<?> c = start; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredMethod(name, parameters);
            } catch (NoSuchMethodException e) {
                // declared higher up
            }
        }
        return null;
    }
}
