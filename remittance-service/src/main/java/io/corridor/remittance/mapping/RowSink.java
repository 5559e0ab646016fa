package io.corridor.remittance.mapping;

/** Where a format reader puts what it reads: valid rows, problems, and the file's own metadata. */
public interface RowSink {

    void row(StagedRow row);

    void problem(long row, String column, String value, String reason);

    /** The indicator's name as the file states it, to create unknown indicators when asked. */
    default void indicatorName(String code, String name) {
    }

    /** The indicator's definition as the publisher's metadata states it, to create unknown indicators when asked. */
    default void indicatorDefinition(String code, String definition) {
    }

    /** The release (vintage) the file declares, such as the World Bank's "Last Updated Date". */
    default void release(String release) {
    }

    /** The source the file declares, such as "World Development Indicators". */
    default void source(String source) {
    }
}
