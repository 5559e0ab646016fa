package io.corridor.document.client;

/** What the mention detection reads: a text, or the id of a document whose latest text it fetches from us. */
record MentionRequest(String text, Long documentId) {
}
