// Live streams (Server-Sent Events through the gateway, cookie session): a document's annotation
// events, and the caller's notifications. EventSource reconnects by itself after a network error
// and sends Last-Event-ID; when it gives up (the server answered an error, the stream was closed),
// we open a new one with ?lastEventId= so the server replays what was missed.
import type { Annotation } from './annotations';
import type { Notification } from './workflow';

type Listeners = Record<string, (data: any) => void>;

/**
 * The streams open in this page. A page left for another (pagehide) may be kept in the back/forward
 * cache with its streams still connected: each holds one of the browser's six connections to the
 * gateway, so after a few pages every new page's requests queued behind them (measured: 50 s before
 * the reader's first request). They are closed when the page is hidden, and resumed (replaying what
 * was missed) if it is shown again from that cache.
 */
const openSources = new Set<LiveSource>();
let suspended: LiveSource[] = [];
addEventListener('pagehide', () => {
  suspended = [...openSources];
  for (const s of suspended) s.close();
});
addEventListener('pageshow', (e) => {
  if (!(e as PageTransitionEvent).persisted) return;
  for (const s of suspended) s.open();
  suspended = [];
});

/** One SSE stream that resumes from the last event seen, with growing pauses between attempts. */
class LiveSource {
  private source: EventSource | null = null;
  private lastEventId: string | null = null;
  private retry: number | undefined;
  private delay = 1000;
  private closed = false;

  constructor(private readonly path: string, private readonly listeners: Listeners,
    private readonly onState: (connected: boolean) => void) {}

  open(): void {
    this.closed = false;
    openSources.add(this);
    const q = this.lastEventId ? `?lastEventId=${encodeURIComponent(this.lastEventId)}` : '';
    const source = new EventSource(`${this.path}${q}`, { withCredentials: true });
    this.source = source;
    source.onopen = () => { this.delay = 1000; this.onState(true); };
    for (const [name, handle] of Object.entries(this.listeners)) {
      source.addEventListener(name, (e) => {
        const m = e as MessageEvent;
        if (m.lastEventId) this.lastEventId = m.lastEventId;
        let data: unknown = null;
        try { data = JSON.parse(m.data); } catch { /* not JSON: ignored */ }
        if (data && typeof data === 'object') handle(data);
      });
    }
    source.onerror = () => {
      this.onState(false);
      if (source.readyState === EventSource.CLOSED && !this.closed) {
        this.retry = window.setTimeout(() => this.open(), this.delay);
        this.delay = Math.min(this.delay * 2, 30000);
      }
    };
  }

  close(): void {
    this.closed = true;
    openSources.delete(this);
    window.clearTimeout(this.retry);
    this.source?.close();
    this.source = null;
  }
}

export interface Viewer { name: string }
export interface LiveHandlers {
  created(a: Annotation): void;
  updated(a: Annotation): void;
  deleted(iri: string): void;
  presence(viewers: Viewer[]): void;
  state(connected: boolean): void;
}

/** Annotation events of one document (replayed up to an hour back). */
export class DocumentEvents extends LiveSource {
  constructor(documentId: number, on: LiveHandlers) {
    super(`/api/v1/documents/${documentId}/events`, {
      created: (a) => { if (a.id) on.created(a); },
      updated: (a) => { if (a.id) on.updated(a); },
      deleted: (d) => { if (d.id) on.deleted(d.id); },
      presence: (d) => { if (Array.isArray(d.viewers)) on.presence(d.viewers); },
    }, (connected) => on.state(connected));
  }
}

/** The caller's notifications as they are written (the server keeps them all, so a resume misses none). */
export class NotificationEvents extends LiveSource {
  constructor(on: { notification(n: Notification): void; state(connected: boolean): void }) {
    super('/api/v1/notifications/events', {
      notification: (n) => { if (n.id != null) on.notification(n); },
    }, (connected) => on.state(connected));
  }
}
