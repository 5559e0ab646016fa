package io.corridor.bench;

import java.nio.file.Path;

import io.corridor.demo.Api;

/** The running stack under measure: its URLs, its state directory (logs, pids) and API access as a curator. */
public record Target(String gateway, String issuer, String documentService, String actorService,
        String remittanceService, String jdbcBase, Path stateDir, Path corpus, Api api) {

    /** A JDBC URL of one of the stack's databases, e.g. {@code jdbc("documents")}. */
    public String jdbc(String database) {
        return jdbcBase + "/" + database;
    }
}
