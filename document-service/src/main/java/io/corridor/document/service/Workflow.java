package io.corridor.document.service;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import io.corridor.document.Assignment;
import io.corridor.document.Caller;
import io.corridor.document.DocumentWorkflow;
import io.corridor.document.api.AssignmentView;
import io.corridor.document.api.WorkflowView;
import io.corridor.document.api.WorkloadItem;
import io.corridor.document.mapping.AnnotationIris;
import io.corridor.document.repository.AssignmentRepository;
import io.corridor.document.repository.DocumentRepository;
import io.corridor.document.repository.DocumentWorkflowRepository;
import io.corridor.document.repository.WorkloadQueries;
import io.corridor.support.paging.Page;
import io.corridor.support.problem.ProblemException;
import io.corridor.support.problem.Violation;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Assignments and document states: curators assign documents to annotators and move a document
 * through annotating, curating, curated; an assignee moves their own state (new, in_progress,
 * finished), a curator may reopen it. A finished assignee's annotations on the document are frozen
 * ({@link #requireOpen}, called by every annotation write of its creator).
 */
@ApplicationScoped
public class Workflow {

    /** A user name as Keycloak allows it (and nothing a path or a mention could not carry). */
    public static final Pattern USERNAME = Pattern.compile("^[A-Za-z0-9._@+-]{1,100}$");

    private final AssignmentRepository assignments;
    private final DocumentWorkflowRepository workflows;
    private final DocumentRepository documents;
    private final WorkloadQueries workload;
    private final AnnotationIris iris;
    private final Notices notices;

    public Workflow(AssignmentRepository assignments, DocumentWorkflowRepository workflows, DocumentRepository documents,
            WorkloadQueries workload, AnnotationIris iris, Notices notices) {
        this.assignments = assignments;
        this.workflows = workflows;
        this.documents = documents;
        this.workload = workload;
        this.iris = iris;
        this.notices = notices;
    }

    /** A curator assigns the document to an annotator; assigning again keeps the state. Answers whether it is new. */
    @WithTransaction
    public Uni<Created<AssignmentView>> assign(long documentId, String assignee, Caller caller) {
        mustCurate(caller, "assign documents");
        checkUsername(assignee);
        return live(documentId).flatMap(d -> assignments.forChange(documentId, assignee)).flatMap(existing -> {
            if (existing != null) {
                return Uni.createFrom().item(new Created<>(view(existing, caller), false));
            }
            OffsetDateTime now = now();
            Assignment a = new Assignment();
            a.documentId = documentId;
            a.assignee = assignee;
            a.state = Assignment.NEW;
            a.assignedBy = caller.name();
            a.assignedAt = now;
            a.stateBy = caller.name();
            a.stateAt = now;
            return assignments.persistAndFlush(a).flatMap(x -> notices.assigned(documentId, assignee, caller.name()))
                    .replaceWith(() -> new Created<>(view(a, caller), true));
        });
    }

    /** A curator takes the document back from an annotator (their annotations stay). */
    @WithTransaction
    public Uni<Void> unassign(long documentId, String assignee, Caller caller) {
        mustCurate(caller, "unassign documents");
        checkUsername(assignee);
        return live(documentId).flatMap(d -> assignments.forChange(documentId, assignee)).flatMap(a -> {
            if (a == null) {
                throw AnnotationService.notFound("username", assignee + " is not assigned document " + documentId);
            }
            return assignments.delete(a);
        });
    }

    @WithSession
    public Uni<List<AssignmentView>> assignmentsOf(long documentId, Caller caller) {
        return live(documentId).flatMap(d -> assignments.ofDocument(documentId))
                .map(list -> list.stream().map(a -> view(a, caller)).toList());
    }

    /** The caller moves their own state on a document they are assigned. */
    @WithTransaction
    public Uni<AssignmentView> setOwnState(long documentId, String state, Caller caller) {
        return move(documentId, caller.name(), state, caller, false);
    }

    /** A curator moves an assignee's state (reopening a finished one included). */
    @WithTransaction
    public Uni<AssignmentView> setStateOf(long documentId, String assignee, String state, Caller caller) {
        mustCurate(caller, "change another annotator's state");
        checkUsername(assignee);
        return move(documentId, assignee, state, caller, true);
    }

    private Uni<AssignmentView> move(long documentId, String assignee, String state, Caller caller, boolean asCurator) {
        if (state == null || !Assignment.STATES.contains(state)) {
            throw ProblemException.invalid("state", "must be new, in_progress or finished");
        }
        return live(documentId).flatMap(d -> assignments.forChange(documentId, assignee)).map(a -> {
            if (a == null) {
                throw AnnotationService.notFound(asCurator ? "username" : "id",
                        (asCurator ? assignee + " is" : "you are") + " not assigned document " + documentId);
            }
            if (state.equals(a.state)) {
                return view(a, caller);
            }
            List<String> allowed = a.allowed(asCurator && caller.curator());
            if (!allowed.contains(state)) {
                throw illegal("assignment", a.state, state, allowed);
            }
            a.state = state;
            a.stateBy = caller.name();
            a.stateAt = now();
            return view(a, caller);
        });
    }

    @WithSession
    public Uni<WorkflowView> workflowOf(long documentId) {
        return live(documentId).flatMap(d -> workflows.findById(documentId))
                .map(w -> view(w == null ? DocumentWorkflow.initial(documentId) : w));
    }

    /** A curator moves the document one step (forward, or back to reopen); 409 for any other move. */
    @WithTransaction
    public Uni<WorkflowView> moveDocument(long documentId, String state, Caller caller) {
        mustCurate(caller, "move a document's workflow state");
        if (state == null || !DocumentWorkflow.MOVES.containsKey(state)) {
            throw ProblemException.invalid("state", "must be annotating, curating or curated");
        }
        return documents.findById(documentId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).flatMap(d -> {
            if (d == null || d.deleted()) {
                throw AnnotationService.notFound("id", "no document " + documentId);
            }
            return workflows.findById(documentId);
        }).flatMap(found -> {
            DocumentWorkflow w = found == null ? DocumentWorkflow.initial(documentId) : found;
            if (state.equals(w.state)) {
                return Uni.createFrom().item(view(w));
            }
            List<String> allowed = DocumentWorkflow.MOVES.get(w.state);
            if (!allowed.contains(state)) {
                throw illegal("document", w.state, state, allowed);
            }
            w.state = state;
            w.changedBy = caller.name();
            w.changedAt = now();
            return (found == null ? workflows.persist(w) : Uni.createFrom().item(w)).map(x -> view(w));
        });
    }

    /** The caller's own assignments, newest document first. */
    public Uni<Page<WorkloadItem>> mine(Caller caller, String state, int page, int size) {
        return workload.page(null, caller.name(), checkState(state), page, size);
    }

    /** Every assignment (curators), filtered by document, assignee and state. */
    public Uni<Page<WorkloadItem>> workload(Long documentId, String assignee, String state, Caller caller, int page, int size) {
        mustCurate(caller, "see the workload");
        if (assignee != null) {
            checkUsername(assignee, "assignee");
        }
        return workload.page(documentId, assignee, checkState(state), page, size);
    }

    /**
     * 409 when {@code creator} finished the document: their annotations on it are frozen until a
     * curator reopens. Call in the write's session, before changing anything.
     */
    public Uni<Void> requireOpen(long documentId, String creator) {
        return assignments.of(documentId, creator).map(a -> {
            requireOpen(documentId, creator, a != null && a.finished());
            return null;
        });
    }

    /** The same rule, the assignment's state already read (AnnotationService's create reads it with the document). */
    public static void requireOpen(long documentId, String creator, boolean finished) {
        if (finished) {
            throw new ProblemException(409, "frozen", "Annotations frozen", creator + " marked document " + documentId
                    + " finished: their annotations on it are frozen until a curator reopens it (state in_progress)",
                    List.of(Violation.field("state", Assignment.FINISHED, "is finished; a curator may reopen it")));
        }
    }

    private Uni<io.corridor.document.Document> live(long documentId) {
        return documents.findLive(documentId).map(d -> {
            if (d == null) {
                throw AnnotationService.notFound("id", "no document " + documentId);
            }
            return d;
        });
    }

    private AssignmentView view(Assignment a, Caller caller) {
        List<String> allowed = caller.name().equals(a.assignee) || caller.curator() ? a.allowed(caller.curator()) : List.of();
        return new AssignmentView(iris.documentIri(a.documentId), a.documentId, a.assignee, a.state, allowed,
                a.assignedBy, a.assignedAt, a.stateBy, a.stateAt);
    }

    private static WorkflowView view(DocumentWorkflow w) {
        return new WorkflowView(w.documentId, w.state, DocumentWorkflow.MOVES.get(w.state), w.changedBy, w.changedAt);
    }

    private static ProblemException illegal(String what, String current, String wanted, List<String> allowed) {
        String detail = "the " + what + " is " + current + "; it may move to "
                + (allowed.isEmpty() ? "no other state (a curator may reopen it)" : String.join(" or ", allowed))
                + ", not " + wanted;
        return new ProblemException(409, "illegal-transition", "Illegal state transition", detail,
                List.of(Violation.field("state", wanted, detail)));
    }

    private static String checkState(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        if (!Assignment.STATES.contains(state)) {
            throw ProblemException.invalid("state", "must be new, in_progress or finished");
        }
        return state;
    }

    static void checkUsername(String name) {
        checkUsername(name, "username");
    }

    /** 400 naming {@code field} unless {@code name} is a user name. */
    static void checkUsername(String name, String field) {
        if (name == null || !USERNAME.matcher(name).matches()) {
            throw ProblemException.invalid(field, "must be a user name (ASCII letters, digits, . _ @ + -, at most 100)");
        }
    }

    static void mustCurate(Caller caller, String what) {
        if (!caller.curator()) {
            throw AnnotationService.forbidden("only curators may " + what);
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** A result and whether the call created it (201) or found it (200). */
    public record Created<T>(T value, boolean created) {
    }
}
