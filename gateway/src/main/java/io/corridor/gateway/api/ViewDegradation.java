package io.corridor.gateway.api;

/**
 * A part of a composite view that could not be fetched, and why: the problem the service (or the
 * gateway, for a service it could not reach) gave for that part.
 */
public record ViewDegradation(String part, String service, String type, String title, int status, String detail) {
}
