package io.corridor.document.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.document.Notification;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;

@ApplicationScoped
@WithSession
public class NotificationRepository implements PanacheRepository<Notification> {
}
