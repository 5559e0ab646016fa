package io.corridor.document.service;

import io.corridor.document.mapping.DocumentView;

/** The document an upload produced, or the one that already held the same bytes ({@code created} false). */
public record Ingested(DocumentView document, boolean created) {
}
