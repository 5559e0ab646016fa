package io.corridor.document.repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.document.Member;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/** The member directory, on the reactive pool: it is written from request filters, outside any transaction. */
@ApplicationScoped
public class MemberQueries {

    private final Pool pool;

    public MemberQueries(Pool pool) {
        this.pool = pool;
    }

    public Uni<Void> upsert(Member m) {
        return pool.preparedQuery("""
                insert into member (username, display_name, teams, last_seen) values ($1, $2, $3, now())
                on conflict (username) do update set display_name = excluded.display_name, teams = excluded.teams,
                    last_seen = excluded.last_seen""")
                .execute(Tuple.of(m.username(), m.name(), m.teams().toArray(String[]::new))).replaceWithVoid();
    }

    /** The known members among these user names. */
    public Uni<Map<String, Member>> find(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return pool.preparedQuery("select username, display_name, teams from member where username = any($1)")
                .execute(Tuple.of(usernames.toArray(String[]::new))).map(rows -> {
                    Map<String, Member> found = new HashMap<>();
                    rows.forEach(row -> found.put(row.getString("username"), member(row)));
                    return found;
                });
    }

    /**
     * Members whose user name or display name starts with {@code prefix} (case-insensitive, literal),
     * in team {@code team} when given, most recently seen first; at most {@code limit}.
     */
    public Uni<List<Member>> search(String prefix, String team, int limit) {
        String like = AnnotationTagQueries.like(prefix == null ? "" : prefix.toLowerCase(java.util.Locale.ROOT)) + "%";
        return pool.preparedQuery("""
                select username, display_name, teams from member
                where (lower(username) like $1 escape '\\' or lower(display_name) like $1 escape '\\')
                  and ($2::text is null or $2 = any(teams))
                order by last_seen desc, username limit $3""")
                .execute(Tuple.of(like, team, limit)).map(rows -> {
                    List<Member> members = new ArrayList<>();
                    rows.forEach(row -> members.add(member(row)));
                    return members;
                });
    }

    private static Member member(Row row) {
        return new Member(row.getString("username"), row.getString("display_name"), List.of(row.getArrayOfStrings("teams")));
    }
}
