package io.corridor.support.problem;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;

import io.vertx.ext.web.Router;

/**
 * Failures raised by the HTTP layer before the REST layer sees the request (a body over
 * quarkus.http.limits.max-body-size, a malformed request) would otherwise answer with an empty or
 * HTML body: answer them with a problem document, never with details of the failure.
 */
@Singleton
public class FailureRoute {

    void register(@Observes Router router, ObjectMapper mapper,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> maxBody) {
        // A declared length over the limit is refused before a byte of the body is read.
        maxBody.ifPresent(limit -> router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (length != null && length.chars().allMatch(Character::isDigit) && length.length() < 19
                    && Long.parseLong(length) > limit.asLongValue()) {
                ctx.response().putHeader("Connection", "close");
                ctx.fail(413);
                return;
            }
            ctx.next();
        }));
        router.route().order(Integer.MIN_VALUE).failureHandler(ctx -> {
            int status = ctx.statusCode();
            if (status < 400 || status >= 500 || ctx.response().ended() || ctx.response().headWritten()) {
                ctx.next();
                return;
            }
            String detail = status == 413 ? "the request body is larger than this server accepts"
                    : "the request could not be read";
            Problem problem = Problems.of(status, detail).withInstance(ctx.request().path());
            try {
                ctx.response().setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .end(mapper.writeValueAsString(problem));
            } catch (Exception e) {
                ctx.next();
            }
        });
    }
}
