package io.corridor.actor.rest;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.corridor.actor.repository.RelationRepository.Period;
import io.corridor.support.paging.PageRequest;
import io.corridor.support.problem.ProblemException;
import io.corridor.support.time.PartialDate;

/** Query parameters that need more than bean validation: dates and periods, named when wrong. */
final class Queries {

    /** Ids one batch read takes: as many as the largest page, so that one page can hold every entry they name. */
    static final int MAX_IDS = PageRequest.MAX_SIZE;

    private Queries() {
    }

    /**
     * ?ids=3,5,8 (or ?ids=3&ids=5, or both): distinct actor ids, at least one and at most {@link #MAX_IDS};
     * null when the parameter is absent. {@code present} tells an empty ?ids= (refused: it names no actor,
     * and must not read as the whole registry) from no ids at all, which JAX-RS both hands over as empty.
     */
    static Set<Long> ids(List<String> values, boolean present) {
        if (!present) {
            return null;
        }
        if (values == null || values.stream().allMatch(String::isBlank)) {
            throw ProblemException.invalid("ids", "must name at least one actor");
        }
        Set<Long> ids = new LinkedHashSet<>();
        int count = 0;
        for (String value : values) {
            for (String part : value.split(",", -1)) {
                if (++count > MAX_IDS) {
                    throw ProblemException.invalid("ids", "must name at most " + MAX_IDS + " actors");
                }
                try {
                    ids.add(Long.parseLong(part.strip()));
                } catch (NumberFormatException e) {
                    throw ProblemException.invalid("ids", "must be actor ids separated by commas, not \"" + part + "\"");
                }
            }
        }
        return ids;
    }

    static PartialDate date(String field, String value) {
        try {
            return PartialDate.parse(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, e.getMessage());
        }
    }

    /** ?at= (in force at some moment of that date) or ?from=&to= (overlapping that period), not both. */
    static Period period(String at, String from, String to) {
        PartialDate atDate = date("at", at);
        PartialDate fromDate = date("from", from);
        PartialDate toDate = date("to", to);
        if (atDate != null) {
            if (fromDate != null || toDate != null) {
                throw ProblemException.invalid("at", "cannot be combined with from or to");
            }
            return new Period(atDate.start(), atDate.end());
        }
        if (fromDate != null && toDate != null && toDate.end().isBefore(fromDate.start())) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        return new Period(fromDate == null ? null : fromDate.start(), toDate == null ? null : toDate.end());
    }
}
