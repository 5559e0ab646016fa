package io.corridor.remittance.mapping;

/**
 * The rows of one page of a paged API answer, numbered across the whole answer: row r of page p (pages of n rows) is
 * row (p - 1) × n + r, so a problem and a revision's provenance name the row of the result, not of its page. Page-level
 * problems (row 0) stay row 0.
 */
public record PagedRows(RowSink target, long offset) implements ForwardingRows {

    @Override
    public void row(StagedRow r) {
        target.row(offset == 0 ? r : new StagedRow(r.row() + offset, r.indicator(), r.country(), r.counterpart(), r.period(), r.sex(),
                r.value(), r.status(), r.attributes()));
    }

    @Override
    public void problem(long row, String column, String value, String reason) {
        target.problem(row == 0 ? 0 : row + offset, column, value, reason);
    }
}
