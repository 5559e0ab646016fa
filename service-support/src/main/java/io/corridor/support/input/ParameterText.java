package io.corridor.support.input;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.corridor.support.problem.ProblemException;
import io.corridor.support.problem.Violation;

/**
 * Refuses, before any resource runs, a query parameter or path that carries a control character (NUL
 * above all: PostgreSQL cannot store it and answered 500). One check for every operation of every
 * service, so that no resource has to remember it; tab, line feed and carriage return stay allowed
 * (a pasted quote may hold them).
 */
public class ParameterText {

    static final String RULE = "must not contain control characters (such as NUL)";

    @ServerRequestFilter(preMatching = true)
    public void refuseControlCharacters(ContainerRequestContext request) {
        UriInfo uri = request.getUriInfo();
        for (Map.Entry<String, List<String>> parameter : uri.getQueryParameters(true).entrySet()) {
            if (hasControl(parameter.getKey())) {
                throw ProblemException.invalid("query", "parameter names " + RULE);
            }
            for (String value : parameter.getValue()) {
                if (hasControl(value)) {
                    throw ProblemException.invalid(parameter.getKey(), RULE);
                }
            }
        }
        if (hasControl(uri.getPath(true))) {
            throw ProblemException.invalid("path", RULE);
        }
    }

    /** C0 controls but tab, line feed and carriage return, and DEL. */
    static boolean hasControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return true;
            }
        }
        return false;
    }
}
