package io.corridor.document.service;

import io.corridor.document.api.Document;

/** The document an upload produced, or the one that already held the same bytes ({@code created} false). */
public record Ingested(Document document, boolean created) {
}
