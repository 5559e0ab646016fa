package io.corridor.remittance.mapping;

/**
 * The rows of one page of a paged API answer, numbered across the whole answer: row r of page p (pages of n rows) is
 * row (p - 1) × n + r, so a problem and a revision's provenance name the row of the result, not of its page. Page-level
 * problems (row 0) stay row 0.
 */
public final class PagedRows implements RowSink {

    private final RowSink sink;
    private final long offset;

    public PagedRows(RowSink sink, long offset) {
        this.sink = sink;
        this.offset = offset;
    }

    @Override
    public void row(StagedRow r) {
        sink.row(offset == 0 ? r : new StagedRow(r.row() + offset, r.indicator(), r.country(), r.counterpart(), r.period(), r.sex(),
                r.value(), r.status(), r.attributes()));
    }

    @Override
    public void problem(long row, String column, String value, String reason) {
        sink.problem(row == 0 ? 0 : row + offset, column, value, reason);
    }

    @Override
    public void indicatorName(String code, String name) {
        sink.indicatorName(code, name);
    }

    @Override
    public void indicatorDefinition(String code, String definition) {
        sink.indicatorDefinition(code, definition);
    }

    @Override
    public void release(String release) {
        sink.release(release);
    }

    @Override
    public void source(String source) {
        sink.source(source);
    }
}
