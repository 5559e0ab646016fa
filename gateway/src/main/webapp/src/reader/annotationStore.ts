// Every annotation of a document the caller may see, loaded page by page, kept by uuid. The
// gateway's /documents/{id}/view embeds the container's first page (1,000 items, the largest page
// the container serves), so only the pages after it are fetched, a few at a time; each page is
// announced as it lands ("n of N loaded"), and nothing is ever silently dropped. Derived lists
// (passages in text order, replies per parent, facets) are computed once per change.
import { request } from '../api';
import {
  actorsOf, creatorName, isPassage, parentOf, positionOf, tagsOf, uuidOf, type Annotation,
} from '../annotations';

/** The container's largest page (docs/annotations.md: size 1 to 1000). */
export const PAGE_SIZE = 1000;
/** Pages fetched at once after the first: enough to overlap latency, few enough to leave the gateway room. */
const PARALLEL = 3;
const ACCEPT = 'application/ld+json, application/json';
const PREFER = 'return=representation;include="http://www.w3.org/ns/oa#PreferContainedDescriptions"';

export interface FirstPage { total: number; items: Annotation[] }
/** What changed: some annotations by uuid, or everything (a page landed). */
export interface StoreChange { ids: string[] | null }

function itemsOf(json: any): Annotation[] {
  return (json?.first?.items ?? json?.items ?? (Array.isArray(json) ? json : [])) as Annotation[];
}

export class AnnotationStore extends EventTarget {
  private readonly byId = new Map<string, Annotation>();
  /** Visible annotations in all, as the container counts them (null until known). */
  total: number | null = null;
  /** Pages still to land. */
  pending = 0;
  error: unknown = null;
  private version = 0;
  private derivedAt = -1;
  private passageList: Annotation[] = [];
  private replies = new Map<string, Annotation[]>();
  private facetList = { creators: [] as string[], motivations: [] as string[], tags: [] as string[], actors: [] as number[] };

  constructor(readonly documentId: number) { super(); }

  get size(): number { return this.byId.size; }
  get loading(): boolean { return this.pending > 0 || this.total === null || !this.firstLanded; }

  get(id: string): Annotation | undefined { return this.byId.get(uuidOf(id)); }

  /**
   * Loads everything: the first page as the view embedded it (fetched only if the view failed),
   * and the pages after it as soon as the total is known: a minimal container (no items, just the
   * total) is asked in parallel with the view, so those pages need not wait for the view's other parts.
   */
  async load(first: Promise<FirstPage | null>): Promise<void> {
    try {
      const total = this.fetchTotal().catch(() => null);
      const rest = total.then((n) => (n === null ? null : this.fetchRest(n)));
      // Nothing to show: no need to wait for the view's embedded page.
      const none = total.then((n) => (n === 0 ? { total: 0, items: [] } : new Promise<never>(() => undefined)));
      let page0 = await Promise.race([first.catch(() => null), none]);
      if (!page0) page0 = await this.fetchPage(0);
      const known = await total;
      this.total = Math.max(page0.total, known ?? 0);
      this.add(page0.items, true);
      if (known === null) await this.fetchRest(page0.total);
      else await rest;
    } catch (e) {
      this.error = e;
      this.pending = 0;
      this.changed({ ids: null });
      throw e;
    }
  }

  /** The number of visible annotations, without any of them (W3C protocol: PreferMinimalContainer). */
  private async fetchTotal(): Promise<number> {
    const q = new URLSearchParams({ document: String(this.documentId), size: String(PAGE_SIZE) });
    const r = await request(`/api/v1/annotations/?${q}`, { accept: ACCEPT,
      headers: { Prefer: 'return=representation;include="http://www.w3.org/ns/ldp#PreferMinimalContainer"' } });
    const json = await r.json();
    return Number(json?.total ?? json?.first?.partOf?.total ?? 0);
  }

  /** Pages 1.. of the container, a few at a time, each applied as it lands. */
  private async fetchRest(total: number): Promise<void> {
    const queue = Array.from({ length: Math.max(0, Math.ceil(total / PAGE_SIZE) - 1) }, (_, i) => i + 1);
    this.pending = queue.length;
    if (this.total === null && queue.length) this.total = total;
    const worker = async () => {
      for (let n = queue.shift(); n !== undefined; n = queue.shift()) {
        const page = await this.fetchPage(n);
        this.pending--;
        this.add(page.items);
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL, queue.length) }, worker));
  }

  private async fetchPage(n: number): Promise<FirstPage> {
    const q = new URLSearchParams({ document: String(this.documentId), size: String(PAGE_SIZE) });
    if (n > 0) q.set('page', String(n));
    const r = await request(`/api/v1/annotations/?${q}`, { accept: ACCEPT, headers: { Prefer: PREFER } });
    const json = await r.json();
    const total = json?.total ?? json?.partOf?.total ?? json?.first?.partOf?.total ?? itemsOf(json).length;
    return { total: Number(total), items: itemsOf(json) };
  }

  private firstLanded = false;

  private add(items: Annotation[], first = false) {
    if (first) this.firstLanded = true;
    for (const a of items) this.byId.set(uuidOf(a.id), a);
    this.changed({ ids: null });
  }

  /** A created or changed annotation (the author's own, or a live event): one entry replaced. */
  upsert(a: Annotation) {
    const id = uuidOf(a.id);
    const known = this.byId.has(id);
    this.byId.set(id, a);
    if (!known && this.total !== null) this.total++;
    this.changed({ ids: [id] });
  }

  /** A deleted annotation, and its replies. */
  remove(iri: string) {
    const id = uuidOf(iri);
    const gone = [id];
    if (this.byId.delete(id) && this.total !== null) this.total--;
    for (const [k, a] of this.byId) if (parentOf(a) === id) { this.byId.delete(k); gone.push(k); }
    this.changed({ ids: gone });
  }

  private changed(detail: StoreChange) {
    this.version++;
    this.dispatchEvent(new CustomEvent<StoreChange>('change', { detail }));
  }

  private derive() {
    if (this.derivedAt === this.version) return;
    this.derivedAt = this.version;
    const passages: Annotation[] = [];
    const replies = new Map<string, Annotation[]>();
    const creators = new Set<string>();
    const motivations = new Set<string>();
    const tags = new Set<string>();
    const actors = new Set<number>();
    for (const a of this.byId.values()) {
      const parent = parentOf(a);
      if (parent) {
        const list = replies.get(parent);
        if (list) list.push(a); else replies.set(parent, [a]);
      }
      for (const tag of tagsOf(a)) tags.add(tag);
      for (const actor of actorsOf(a)) actors.add(actor);
      if (!isPassage(a)) continue;
      passages.push(a);
      creators.add(creatorName(a));
      motivations.add(a.motivation ?? 'commenting');
    }
    passages.sort((a, b) => positionOf(a)!.start - positionOf(b)!.start || positionOf(a)!.end - positionOf(b)!.end);
    for (const list of replies.values()) list.sort((a, b) => (a.created ?? '').localeCompare(b.created ?? ''));
    this.passageList = passages;
    this.replies = replies;
    this.facetList = { creators: [...creators].sort(), motivations: [...motivations].sort(), tags: [...tags].sort(), actors: [...actors] };
  }

  /** The highlightable annotations (isPassage), in text order. */
  passages(): Annotation[] { this.derive(); return this.passageList; }

  repliesOf(id: string): Annotation[] { this.derive(); return this.replies.get(uuidOf(id)) ?? []; }

  facets() { this.derive(); return this.facetList; }

  all(): Annotation[] { return [...this.byId.values()]; }
}
