package io.corridor.support.paging;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a listing: the items, the zero-based page number, the page size and the total count. */
@Schema(description = "One page of results.")
public record Page<T>(
        @Schema(required = true, description = "The items of this page") List<T> items,
        @Schema(required = true, minimum = "0", description = "Zero-based page number", example = "0") int page,
        @Schema(required = true, minimum = "1", description = "Requested page size", example = "20") int size,
        @Schema(required = true, minimum = "0", description = "Number of items over all pages", example = "0") long total) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
