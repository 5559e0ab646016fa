package io.corridor.gateway;

import io.corridor.testing.PostgresResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;

/** Real PostgreSQL for every gateway test (the audit trail), declared once for the whole module. */
@QuarkusTestResource(value = PostgresResource.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
public class GatewayDatabase {
}
