package io.corridor.gateway.api;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The annotations of a composite view that the caller may see: how many there are, how many per
 * motivation (over the items listed) and the first page of them as W3C Web Annotations (JSON-LD).
 */
public record ViewAnnotations(long total, Map<String, Integer> byMotivation, List<ObjectNode> items) {
}
