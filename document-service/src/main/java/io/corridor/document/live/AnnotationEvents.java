package io.corridor.document.live;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.corridor.document.Annotation;
import io.corridor.document.AnnotationEvent;
import io.corridor.document.repository.AnnotationEventRepository;
import io.smallrye.mutiny.Uni;

/**
 * Records what live subscribers of a document receive. Called by the annotation writes inside
 * their transaction: the event row, and the NOTIFY its insert trigger sends to every replica, exist
 * if and only if the write commits (PostgreSQL delivers notifications at commit and drops them on
 * rollback).
 */
@ApplicationScoped
public class AnnotationEvents {

    public static final String CREATED = "created";
    public static final String UPDATED = "updated";
    public static final String DELETED = "deleted";
    private static final Set<String> TYPES = Set.of(CREATED, UPDATED, DELETED);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AnnotationEventRepository repository;

    public AnnotationEvents(AnnotationEventRepository repository) {
        this.repository = repository;
    }

    /**
     * @param type created, updated or deleted
     * @param annotation the annotation as written (its visibility decides who receives the event)
     * @param json the annotation's W3C JSON-LD; for deleted {@code {"id": "<iri>"}}
     */
    public Uni<Void> record(String type, Annotation annotation, String json) {
        return record(type, annotation, List.of(), json);
    }

    /**
     * @param thread for a reply, the annotations up its thread, parent first: a subscriber must be
     *        allowed to see each of them too
     */
    public Uni<Void> record(String type, Annotation annotation, List<Annotation> thread, String json) {
        return repository.persist(event(type, annotation, thread, json)).replaceWithVoid();
    }

    /** The event row of a write, for a caller that stores it with the write itself (a create: CreatedAnnotations). */
    public AnnotationEvent event(String type, Annotation annotation, List<Annotation> thread, String json) {
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("unknown annotation event type " + type);
        }
        AnnotationEvent event = new AnnotationEvent();
        event.documentId = annotation.documentId;
        event.annotationId = annotation.id;
        event.type = type;
        event.creator = annotation.creator;
        event.visibility = annotation.audienceVisibility();
        event.teams = annotation.teams == null ? new String[0] : annotation.teams.clone();
        event.payload = json;
        ArrayNode audiences = JSON.createArrayNode();
        for (Annotation up : thread) {
            ObjectNode audience = audiences.addObject().put("creator", up.creator).put("visibility", up.audienceVisibility());
            up.teamList().forEach(audience.putArray("teams")::add);
        }
        event.thread = audiences.toString();
        return event;
    }
}
