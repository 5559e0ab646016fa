package io.corridor.gateway.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The roles published as x-corridor-roles are the resources' own, and every public operation has some. */
class RequiredRolesTest {

    private static final Set<String> REALM_ROLES = Set.of("reader", "annotator", "curator", "admin");

    @Test
    void everyResourceMethodDeclaresARealmRoleOrAnySignedInCaller() {
        Map<String, List<String>> declared = RequiredRoles.declaredRoles();
        assertEquals(List.of("reader"), declared.get("GET /api/v1/documents"));
        assertEquals(List.of("annotator"), declared.get("POST /api/v1/annotations"));
        assertEquals(List.of("curator"), declared.get("POST /api/v1/annotations/status"));
        assertEquals(List.of("admin"), declared.get("GET /api/v1/audit"));
        assertEquals(List.of("*"), declared.get("GET /api/v1/me"));
        declared.forEach((operation, roles) -> {
            if (operation.contains(" /api/")) {
                assertTrue(!roles.isEmpty() && (roles.equals(List.of("*")) || REALM_ROLES.containsAll(roles)),
                        operation + " requires " + roles);
            }
        });
    }

    @Test
    void pathsAreComparedWithoutRegexesOrTrailingSlashes() {
        assertEquals("/api/v1/documents/{id}", RequiredRoles.normalize("/api/v1/documents/{id: \\d+}/"));
        assertEquals("/api/v1/annotations", RequiredRoles.normalize("api/v1//annotations/"));
        assertEquals("/", RequiredRoles.normalize(""));
    }
}
