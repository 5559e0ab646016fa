package io.corridor.actor.rest;

import io.corridor.actor.repository.RelationRepository.Period;
import io.corridor.support.problem.ProblemException;
import io.corridor.support.time.PartialDate;

/** Query parameters that need more than bean validation: dates and periods, named when wrong. */
final class Queries {

    private Queries() {
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
