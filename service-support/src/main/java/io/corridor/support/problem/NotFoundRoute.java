package io.corridor.support.problem;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.ext.web.Router;

/**
 * Requests that match no route at all never reach the REST layer; this last route answers them
 * with a problem document instead of Vert.x's empty 404.
 */
@Singleton
public class NotFoundRoute {

    void register(@Observes Router router, ObjectMapper mapper) {
        router.route().order(Integer.MAX_VALUE).handler(ctx -> {
            Problem problem = Problems.of(404, "no resource at this path").withInstance(ctx.request().path());
            try {
                ctx.response().setStatusCode(404).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .end(mapper.writeValueAsString(problem));
            } catch (Exception e) {
                ctx.fail(e);
            }
        });
    }
}
