package io.corridor.remittance.mapping;

/**
 * A {@link RowSink} that changes rows or problems on their way to another sink and passes the file's metadata on as
 * it is (indicator names and definitions, release, source).
 */
interface ForwardingRows extends RowSink {

    /** The sink everything ends in. */
    RowSink target();

    @Override
    default void indicatorName(String code, String name) {
        target().indicatorName(code, name);
    }

    @Override
    default void indicatorDefinition(String code, String definition) {
        target().indicatorDefinition(code, definition);
    }

    @Override
    default void release(String release) {
        target().release(release);
    }

    @Override
    default void source(String source) {
        target().source(source);
    }
}
