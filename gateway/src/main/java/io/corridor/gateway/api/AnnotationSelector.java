package io.corridor.gateway.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A W3C selector of a passage: a TextQuoteSelector (exact, prefix, suffix) or a TextPositionSelector
 * (start, end in Unicode code points of the version's text). Schema of the OpenAPI document only:
 * the gateway passes annotations through as the document-service wrote them.
 */
@Schema(name = "AnnotationSelector", description = "TextQuoteSelector {exact, prefix, suffix} or TextPositionSelector "
        + "{start, end}. The server fills prefix and suffix (32 code points) and the other selector when only one is sent.")
public record AnnotationSelector(
        @Schema(required = true, enumeration = { "TextQuoteSelector", "TextPositionSelector" }, example = "TextQuoteSelector") String type,
        @Schema(description = "The quoted passage (TextQuoteSelector)", example = "l’AME s’est alliée au Forum pour un autre Mali") String exact,
        @Schema(description = "Text just before the quote (TextQuoteSelector)") String prefix,
        @Schema(description = "Text just after the quote (TextQuoteSelector)") String suffix,
        @Schema(description = "First code point of the passage (TextPositionSelector)", minimum = "0", example = "1042") Integer start,
        @Schema(description = "Code point after the passage (TextPositionSelector)", minimum = "1", example = "1089") Integer end) {
}
