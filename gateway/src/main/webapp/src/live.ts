// Live annotation events of one document (Server-Sent Events through the gateway, cookie session).
// EventSource reconnects by itself after a network error and sends Last-Event-ID; when it gives up
// (the server answered an error, the stream was closed), we open a new one with ?lastEventId= so
// the server replays what was missed (up to an hour).
import type { Annotation } from './annotations';

export interface Viewer { name: string }
export interface LiveHandlers {
  created(a: Annotation): void;
  updated(a: Annotation): void;
  deleted(iri: string): void;
  presence(viewers: Viewer[]): void;
  state(connected: boolean): void;
}

export class DocumentEvents {
  private source: EventSource | null = null;
  private lastEventId: string | null = null;
  private retry: number | undefined;
  private delay = 1000;
  private closed = false;

  constructor(private readonly documentId: number, private readonly on: LiveHandlers) {}

  open(): void {
    this.closed = false;
    const q = this.lastEventId ? `?lastEventId=${encodeURIComponent(this.lastEventId)}` : '';
    const source = new EventSource(`/api/v1/documents/${this.documentId}/events${q}`, { withCredentials: true });
    this.source = source;
    const track = (e: MessageEvent) => { if (e.lastEventId) this.lastEventId = e.lastEventId; };
    const json = (e: MessageEvent) => { try { return JSON.parse(e.data); } catch { return null; } };
    source.onopen = () => { this.delay = 1000; this.on.state(true); };
    source.addEventListener('created', (e) => { track(e); const a = json(e); if (a?.id) this.on.created(a); });
    source.addEventListener('updated', (e) => { track(e); const a = json(e); if (a?.id) this.on.updated(a); });
    source.addEventListener('deleted', (e) => { track(e); const d = json(e); if (d?.id) this.on.deleted(d.id); });
    source.addEventListener('presence', (e) => { track(e); const d = json(e); if (Array.isArray(d?.viewers)) this.on.presence(d.viewers); });
    source.onerror = () => {
      this.on.state(false);
      if (source.readyState === EventSource.CLOSED && !this.closed) {
        // The browser gave up: reconnect ourselves, with growing pauses, from the last event seen.
        this.retry = window.setTimeout(() => this.open(), this.delay);
        this.delay = Math.min(this.delay * 2, 30000);
      }
    };
  }

  close(): void {
    this.closed = true;
    window.clearTimeout(this.retry);
    this.source?.close();
    this.source = null;
  }
}
