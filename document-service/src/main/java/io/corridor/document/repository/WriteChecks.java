package io.corridor.document.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * What an annotation's create checks on its document before anchoring it, read in one statement on the
 * connection of the caller's session: whether the document is live and its latest version (the text to
 * check the selectors against), whether the creator marked it finished (their annotations on it are frozen),
 * and whether one of the creator's teams is pre-moderated. Hibernate took three queries for these (the
 * document entity, the assignment, a count of team settings), each a round trip and a query plan of its own
 * (bench/results/profiles/annotation-create.md).
 * <p>
 * Raw SQL: Hibernate does not flush the session before it. A create reads these rows before it changes
 * anything, and no caller changes a document, an assignment or a team setting in the same transaction first.
 */
@ApplicationScoped
public class WriteChecks {

    /** The document's side of a write; {@code live} false when it does not exist or is soft-deleted. */
    public record Checked(boolean live, int latestVersion, boolean frozen, boolean premoderated) {

        static final Checked MISSING = new Checked(false, 0, false, false);
    }

    static final String SELECT = """
            select d.deleted_at is null, d.latest_version,
                exists (select 1 from assignment s where s.document_id = d.id and s.assignee = $2 and s.state = 'finished'),
                exists (select 1 from team_setting t where t.team = any($3::text[]) and t.premoderated)
            from document d where d.id = $1""";

    /**
     * The checks of a write by {@code creator} on the document; {@code teams}: those whose pre-moderation
     * applies (none when it does not, as for a curator).
     */
    public Uni<Checked> of(long documentId, String creator, List<String> teams) {
        Object[] values = { documentId, creator, teams.toArray(String[]::new) };
        return Panache.getSession().flatMap(session -> Uni.createFrom()
                .completionStage(() -> CreatedAnnotations.connection(session).select(SELECT, values))).map(rows -> {
                    if (!rows.hasNext()) {
                        return Checked.MISSING;
                    }
                    Object[] row = rows.next();
                    return new Checked((Boolean) row[0], ((Number) row[1]).intValue(), (Boolean) row[2], (Boolean) row[3]);
                });
    }
}
