package io.corridor.actor.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The part of a page of the document-service's listing that the timeline needs. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DocumentPage(List<DocumentSummary> items, int page, int size, long total) {
}
