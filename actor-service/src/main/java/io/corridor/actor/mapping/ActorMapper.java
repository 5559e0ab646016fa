package io.corridor.actor.mapping;

import java.util.ArrayList;
import java.util.List;

import io.corridor.actor.ActorEntity;
import io.corridor.actor.ActorName;
import io.corridor.actor.NameType;
import io.corridor.actor.api.Actor;
import io.corridor.actor.api.LocalizedName;
import io.corridor.support.time.PartialDate;

public final class ActorMapper {

    private ActorMapper() {
    }

    /** The view of an actor; names are those of this actor, in any order. */
    public static Actor view(ActorEntity a, List<ActorName> names) {
        List<LocalizedName> localized = new ArrayList<>();
        List<String> aliases = new ArrayList<>();
        List<String> acronyms = new ArrayList<>();
        for (ActorName n : names) {
            if (!n.actorId.equals(a.id)) {
                continue;
            }
            if (n.type.equals(NameType.NAME.code())) {
                // the display name is shown on its own
                if (!(n.name.equals(a.name) && java.util.Objects.equals(n.language, a.language))) {
                    localized.add(new LocalizedName(n.language, n.name));
                }
            } else if (n.type.equals(NameType.ACRONYM.code())) {
                acronyms.add(n.name);
            } else {
                aliases.add(n.name);
            }
        }
        return new Actor(a.id, a.key, a.family, a.kind, a.name, a.language, localized, aliases, acronyms, a.country,
                PartialDate.parse(a.startDate), PartialDate.parse(a.endDate), a.description, a.wikidata, a.isni, a.viaf,
                a.status, a.mergedInto, a.version, a.createdBy, a.createdAt, a.changedBy, a.changedAt);
    }
}
