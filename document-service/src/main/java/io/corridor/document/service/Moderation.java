package io.corridor.document.service;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.document.Annotation;
import io.corridor.document.AnnotationChange;
import io.corridor.document.AnnotationFlag;
import io.corridor.document.Caller;
import io.corridor.document.TeamSetting;
import io.corridor.document.api.FlagView;
import io.corridor.document.api.TeamModeration;
import io.corridor.document.mapping.AnnotationIris;
import io.corridor.document.repository.AnnotationFlagRepository;
import io.corridor.document.repository.FlagQueries;
import io.corridor.document.repository.TeamSettingRepository;
import io.corridor.support.paging.Page;
import io.corridor.support.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Flags and moderation: a member who sees an annotation flags it, curators work through the queue and
 * hide or keep it (resolving its open flags), and set which teams are pre-moderated. Every step is
 * in the annotation's history.
 */
@ApplicationScoped
public class Moderation {

    /** A Keycloak group name as the teams claim carries it. */
    static final Pattern TEAM = Pattern.compile("^[A-Za-z0-9._-]{1,100}$");

    private final AnnotationService annotations;
    private final AnnotationFlagRepository flags;
    private final FlagQueries queue;
    private final TeamSettingRepository teams;
    private final AnnotationIris iris;
    private final Notices notices;

    public Moderation(AnnotationService annotations, AnnotationFlagRepository flags, FlagQueries queue,
            TeamSettingRepository teams, AnnotationIris iris, Notices notices) {
        this.annotations = annotations;
        this.flags = flags;
        this.queue = queue;
        this.teams = teams;
        this.iris = iris;
        this.notices = notices;
    }

    /** Flags an annotation the caller may see; flagging it again while open answers the open flag (false: not new). */
    @WithTransaction
    public Uni<Workflow.Created<FlagView>> flag(UUID id, String reason, Caller caller) {
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid("reason", "is required: say what is wrong with the annotation");
        }
        if (reason.codePointCount(0, reason.length()) > AnnotationService.MAX_REASON) {
            throw ProblemException.invalid("reason", "must be at most " + AnnotationService.MAX_REASON + " characters");
        }
        return annotations.get(id, caller).flatMap(a -> flags.openBy(id, caller.name()).flatMap(open -> {
            if (open != null) {
                return Uni.createFrom().item(new Workflow.Created<>(view(open, a), false));
            }
            AnnotationFlag f = new AnnotationFlag();
            f.annotationId = id;
            f.flagger = caller.name();
            f.reason = reason.strip();
            f.createdAt = now();
            return flags.persistAndFlush(f)
                    .flatMap(x -> annotations.note(a, AnnotationChange.FLAGGED, caller.name(), f.reason))
                    .flatMap(x -> notices.flagged(a, caller.name()))
                    .replaceWith(() -> new Workflow.Created<>(view(f, a), true));
        }));
    }

    /** The curator's queue: open flags first, newest first; {@code state} open, resolved or all. */
    public Uni<Page<FlagView>> queue(String state, Caller caller, int page, int size) {
        Workflow.mustCurate(caller, "see the moderation queue");
        Boolean open = switch (state == null || state.isBlank() ? "all" : state) {
            case "open" -> true;
            case "resolved" -> false;
            case "all" -> null;
            default -> throw ProblemException.invalid("state", "must be open, resolved or all");
        };
        return queue.queue(caller, open, page, size);
    }

    /** Hides or shows an annotation, resolving its open flags (hidden, or dismissed when kept visible). */
    @WithTransaction
    public Uni<Annotation> moderate(UUID id, boolean hidden, String reason, Caller caller) {
        return annotations.setHidden(id, hidden, reason, caller).flatMap(a -> flags.open(id).flatMap(open -> {
            OffsetDateTime now = now();
            for (AnnotationFlag f : open) {
                f.resolvedAt = now;
                f.resolvedBy = caller.name();
                f.resolution = hidden ? AnnotationFlag.HIDDEN : AnnotationFlag.DISMISSED;
            }
            return hidden ? notices.hidden(a, caller.name()) : Uni.createFrom().voidItem();
        }).replaceWith(a));
    }

    @WithSession
    public Uni<TeamModeration> team(String team) {
        checkTeam(team);
        return teams.findById(team).map(s -> view(team, s));
    }

    /** Curators of the team (or admins) turn its pre-moderation on or off. */
    @WithTransaction
    public Uni<TeamModeration> setPremoderated(String team, Boolean premoderated, Caller caller) {
        checkTeam(team);
        if (premoderated == null) {
            throw ProblemException.invalid("premoderated", "is required (true or false)");
        }
        if (!caller.admin() && !(caller.curator() && caller.teams().contains(team))) {
            throw AnnotationService.forbidden("only a curator of team " + team + ", or an admin, may change its moderation");
        }
        return teams.findById(team).flatMap(found -> {
            TeamSetting s = found == null ? new TeamSetting() : found;
            s.team = team;
            s.premoderated = premoderated;
            s.changedBy = caller.name();
            s.changedAt = now();
            return (found == null ? teams.persist(s) : Uni.createFrom().item(s)).map(x -> view(team, s));
        });
    }

    private static TeamModeration view(String team, TeamSetting s) {
        return s == null ? new TeamModeration(team, false, null, null)
                : new TeamModeration(team, s.premoderated, s.changedBy, s.changedAt);
    }

    private FlagView view(AnnotationFlag f, Annotation a) {
        return new FlagView(f.id, iris.iri(a.id), iris.documentIri(a.documentId), f.flagger, f.reason, f.createdAt,
                f.resolvedAt, f.resolvedBy, f.resolution, a.hidden());
    }

    static void checkTeam(String team) {
        if (team == null || !TEAM.matcher(team).matches()) {
            throw ProblemException.invalid("team", "must be a team name (ASCII letters, digits, . _ -, at most 100)");
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
    }
}
