// Every annotation of a document the caller may see, kept by uuid. They load in the container's
// compact form (reader/compact.ts: spans, styles, tags; a quarter of the W3C form's bytes), in pages of
// 5,000 (PAGE_SIZE): the first, asked at start-up, carries the total (a document's annotations usually fit
// in it); any other pages are all asked at once as soon as it is known; each page is announced as it
// lands ("n of N loaded"), and nothing is ever silently dropped.
// An annotation whose thread opens is read whole at its IRI (complete). Derived lists (passages in
// text order, replies per parent, facets) are computed once per load and patched per live change.
import { request } from '../api';
import {
  actorsOf, creatorName, endsOf, getAnnotation, isPassage, parentOf, placeOn, positionOf, tagsOf, uuidOf, type Annotation,
} from '../annotations';
import { fromSpan, isPartial, type Span } from './compact';
import { PAGE_SIZE, pagePath, takeFirstPage } from './firstPage';
import { yieldToBrowser } from './scheduling';

/** Pages fetched at once after the first: all of a large document's, within reason. */
const PARALLEL = 6;

/** Annotations applied per task as a page lands: a page of 5,000 applied at once was one long task. */
const SLICE = 1000;

interface CompactPage { total: number; items: Span[] }
/** What changed: some annotations by uuid, or everything. */
export interface StoreChange { ids: string[] | null }

const byPosition = (a: Annotation, b: Annotation) =>
  positionOf(a)!.start - positionOf(b)!.start || positionOf(a)!.end - positionOf(b)!.end;

/** Passages sorted by position, each read once (the comparator's lookups were most of a sort of 5,000). */
function inTextOrder(passages: Annotation[]): Annotation[] {
  const keyed = passages.map((a) => { const p = positionOf(a)!; return { a, start: p.start, end: p.end }; });
  keyed.sort((x, y) => x.start - y.start || x.end - y.end);
  return keyed.map((k) => k.a);
}

/** A copy with the change (a new array: lit renders the list again). */
function spliced<T>(list: T[], at: number, remove: number, ...insert: T[]): T[] {
  const copy = list.slice();
  copy.splice(at, remove, ...insert);
  return copy;
}

export class AnnotationStore extends EventTarget {
  private readonly byId = new Map<string, Annotation>();
  /** Visible annotations in all, as the container counts them (null until known). */
  total: number | null = null;
  /** Pages still to land, or to be applied. */
  pending = 0;
  error: unknown = null;
  private version = 0;
  private derivedAt = -1;
  private passageList: Annotation[] = [];
  private replies = new Map<string, Annotation[]>();
  private facetList = { creators: [] as string[], motivations: [] as string[], tags: [] as string[], actors: [] as number[] };
  private readonly reading = new Map<string, Promise<void>>();
  private relationsAt = -1;
  private relationList: Annotation[] = [];

  constructor(readonly documentId: number) { super(); }

  get size(): number { return this.byId.size; }
  get loading(): boolean { return this.pending > 0 || this.total === null; }

  get(id: string): Annotation | undefined { return this.byId.get(uuidOf(id)); }

  /**
   * Loads everything: the first page (it carries the total), then every other page at once. A minimal
   * container asked alongside for an earlier total lost the race to page 0 (measured), and took one of
   * the browser's six connections to the gateway from the pages that followed.
   */
  async load(): Promise<void> {
    try {
      const first = await this.fetchPage(0);
      this.total = first.total;
      const rest = this.fetchRest(first.total);
      this.pending++;
      await this.addPage(first.items);
      await rest;
    } catch (e) {
      this.error = e;
      this.pending = 0;
      this.changed({ ids: null });
      throw this.error;
    }
  }

  /** Pages 1.. of the compact container, all asked at once (a few at a time beyond PARALLEL), each applied as it lands. */
  private async fetchRest(total: number): Promise<void> {
    const queue = Array.from({ length: Math.max(0, Math.ceil(total / PAGE_SIZE) - 1) }, (_, i) => i + 1);
    this.pending += queue.length;
    const worker = async () => {
      for (let n = queue.shift(); n !== undefined; n = queue.shift()) {
        const page = await this.fetchPage(n);
        await this.addPage(page.items);
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL, queue.length) }, worker));
  }

  private async fetchPage(n: number): Promise<CompactPage> {
    const ahead = n === 0 ? await takeFirstPage(this.documentId) : null;
    const answer = ahead ?? await request(pagePath(this.documentId, n));
    const json = await answer.json() as { total: number; items: Span[] };
    performance.mark(`corridor:annotations-parsed-${n}`);
    return { total: Number(json.total), items: json.items ?? [] };
  }

  /** A page's annotations applied a slice per task (the reader paints each; input is served between). */
  private async addPage(spans: Span[]) {
    for (let i = 0; ; i += SLICE) {
      const last = i + SLICE >= spans.length;
      // no longer pending once its last slice is announced: the reader then sees everything loaded
      if (last) this.pending--;
      this.add(spans.slice(i, i + SLICE).map((s) => placeOn(fromSpan(s), this.documentId)));
      if (last) { performance.mark('corridor:annotations-applied'); return; }
      await yieldToBrowser();
    }
  }

  /** A page: its annotations added (a live event may have brought a newer one already: it stays). */
  private add(items: Annotation[]) {
    const ids: string[] = [];
    for (const a of items) {
      const id = uuidOf(a.id);
      if (this.byId.has(id)) continue;
      this.byId.set(id, a);
      ids.push(id);
    }
    this.changed({ ids });
  }

  /**
   * The full W3C form of an annotation and of its replies (the thread shows comments, quotes, dates),
   * read once each at their IRIs; they replace the compact ones.
   */
  complete(id: string): Promise<void> {
    const key = uuidOf(id);
    let done = this.reading.get(key);
    if (!done) {
      const ids = [key, ...this.repliesOf(key).map((r) => uuidOf(r.id))]
        .filter((x) => { const a = this.byId.get(x); return a && isPartial(a); });
      done = Promise.all(ids.map((x) => getAnnotation(x).then((r) => r.annotation, () => null)))
        .then((read) => this.upsert(...read.filter((a): a is Annotation => !!a)))
        .finally(() => this.reading.delete(key));
      this.reading.set(key, done);
    }
    return done;
  }

  /** Whether the annotation is known only in its compact form. */
  partial(id: string): boolean {
    const a = this.get(id);
    return !!a && isPartial(a);
  }

  /** Created or changed annotations (the author's own, a live event, a full form read): those entries replaced. */
  upsert(...list: Annotation[]) {
    if (!list.length) return;
    const patch = this.derivedAt === this.version;
    const ids: string[] = [];
    for (const a of list) {
      // a relation read whole (or from a live event) is placed on this document's passage, as its compact form was
      placeOn(a, this.documentId);
      const id = uuidOf(a.id);
      const old = this.byId.get(id);
      this.byId.set(id, a);
      if (!old && this.total !== null) this.total++;
      if (patch) this.patch(old, a);
      ids.push(id);
    }
    this.changed({ ids }, patch);
  }

  /** A deleted annotation, and its replies. */
  remove(iri: string) {
    const id = uuidOf(iri);
    const gone = [id];
    if (this.byId.delete(id) && this.total !== null) this.total--;
    for (const [k, a] of this.byId) if (parentOf(a) === id) { this.byId.delete(k); gone.push(k); }
    this.changed({ ids: gone });
  }

  private changed(detail: StoreChange, derived = false) {
    this.version++;
    if (derived) this.derivedAt = this.version;
    this.dispatchEvent(new CustomEvent<StoreChange>('change', { detail }));
  }

  /** One annotation replaced in the derived lists: a removal and an insertion by bisection, no sort. */
  private patch(old: Annotation | undefined, a: Annotation) {
    if (old && isPassage(old)) {
      const i = this.passageList.indexOf(old, this.lowerBound(old));
      if (i >= 0) this.passageList = spliced(this.passageList, i, 1);
    }
    if (old && parentOf(old)) {
      const list = this.replies.get(parentOf(old)!);
      if (list) this.replies.set(parentOf(old)!, list.filter((r) => r !== old));
    }
    if (isPassage(a)) this.passageList = spliced(this.passageList, this.lowerBound(a), 0, a);
    const parent = parentOf(a);
    if (parent) {
      const list = [...(this.replies.get(parent) ?? []), a];
      list.sort((x, y) => (x.created ?? '').localeCompare(y.created ?? ''));
      this.replies.set(parent, list);
    }
    const f = this.facetList;
    const merge = <T>(into: T[], more: T[], sort: boolean) => {
      const fresh = more.filter((v) => !into.includes(v));
      if (!fresh.length) return into;
      const out = [...into, ...fresh];
      return sort ? out.sort() : out;
    };
    this.facetList = {
      creators: isPassage(a) ? merge(f.creators, [creatorName(a)], true) : f.creators,
      motivations: isPassage(a) ? merge(f.motivations, [a.motivation ?? 'commenting'], true) : f.motivations,
      tags: merge(f.tags, tagsOf(a), true),
      actors: merge(f.actors, actorsOf(a), false),
    };
  }

  /** The first index of the passage list whose passage does not sort before `a`. */
  private lowerBound(a: Annotation): number {
    let lo = 0;
    let hi = this.passageList.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byPosition(this.passageList[mid], a) < 0) lo = mid + 1; else hi = mid;
    }
    return lo;
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
    this.passageList = inTextOrder(passages);
    for (const list of replies.values()) list.sort((a, b) => (a.created ?? '').localeCompare(b.created ?? ''));
    this.replies = replies;
    this.facetList = { creators: [...creators].sort(), motivations: [...motivations].sort(), tags: [...tags].sort(), actors: [...actors] };
  }

  /** The highlightable annotations (isPassage), in text order. */
  passages(): Annotation[] { this.derive(); return this.passageList; }

  repliesOf(id: string): Annotation[] { this.derive(); return this.replies.get(uuidOf(id)) ?? []; }

  facets() { this.derive(); return this.facetList; }

  /** The relations (two or more passages, see endsOf), not rejected: few, so found by a scan once per change. */
  relations(): Annotation[] {
    if (this.relationsAt !== this.version) {
      this.relationsAt = this.version;
      this.relationList = [];
      for (const a of this.byId.values()) if (a.status !== 'rejected' && endsOf(a).length > 1) this.relationList.push(a);
    }
    return this.relationList;
  }

  all(): Annotation[] { return [...this.byId.values()]; }
}
