package io.corridor.actor.mapping;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import io.corridor.actor.ActorEntity;
import io.corridor.actor.ActorName;
import io.corridor.actor.NameType;
import io.corridor.actor.api.Actor;
import io.corridor.actor.api.Evidence;
import io.corridor.actor.api.LocalizedName;
import io.corridor.support.time.PartialDate;

public final class ActorMapper {

    private ActorMapper() {
    }

    /** The view of an actor; names are those of this actor, in any order. */
    public static Actor view(ActorEntity a, List<ActorName> names, List<Evidence> evidence) {
        return view(a, names, evidence, null);
    }

    /**
     * The view of an actor with, as its name, the one in use on {@code at} (a dated name covering that day, in the
     * actor's language first), or its display name when no dated name covers it.
     */
    public static Actor view(ActorEntity a, List<ActorName> names, List<Evidence> evidence, PartialDate at) {
        List<LocalizedName> localized = new ArrayList<>();
        List<String> aliases = new ArrayList<>();
        List<String> acronyms = new ArrayList<>();
        for (ActorName n : names) {
            if (!n.actorId.equals(a.id)) {
                continue;
            }
            if (n.type.equals(NameType.NAME.code())) {
                // the display name is shown on its own, unless it carries a period
                if (!(n.name.equals(a.name) && Objects.equals(n.language, a.language) && !dated(n))) {
                    localized.add(new LocalizedName(n.language, n.name, PartialDate.parse(n.startDate), PartialDate.parse(n.endDate)));
                }
            } else if (n.type.equals(NameType.ACRONYM.code())) {
                acronyms.add(n.name);
            } else {
                aliases.add(n.name);
            }
        }
        String shown = at == null ? a.name : nameOn(a, names, at.start());
        return new Actor(a.id, a.key, a.family, a.kind, shown, a.language, localized, aliases, acronyms, a.country,
                PartialDate.parse(a.startDate), PartialDate.parse(a.endDate), a.notBefore, a.notAfter, a.description, a.wikidata, a.isni, a.viaf,
                a.status, a.mergedInto, a.version, a.createdBy, a.createdAt, a.changedBy, a.changedAt, evidence);
    }

    /** The name in use on that day: a dated preferred name around it, in the actor's language first; else the display name. */
    public static String nameOn(ActorEntity a, List<ActorName> names, LocalDate day) {
        return names.stream()
                .filter(n -> n.actorId.equals(a.id) && n.type.equals(NameType.NAME.code()) && dated(n) && n.inUseOn(day))
                .min(Comparator.comparing((ActorName n) -> !Objects.equals(n.language, a.language))
                        .thenComparing(n -> n.startFrom, Comparator.nullsFirst(Comparator.reverseOrder())))
                .map(n -> n.name).orElse(a.name);
    }

    private static boolean dated(ActorName n) {
        return n.startFrom != null || n.endTo != null;
    }
}
