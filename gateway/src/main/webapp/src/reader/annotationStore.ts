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

/** Two lists of passages in text order as one (a new array); on a tie the first list's comes first, as in inTextOrder. */
function mergedInTextOrder(list: Annotation[], more: Annotation[]): Annotation[] {
  const added = inTextOrder(more);
  const out: Annotation[] = [];
  let j = 0;
  for (const a of list) {
    const p = positionOf(a)!;
    for (; j < added.length; j++) {
      const q = positionOf(added[j])!;
      if (q.start > p.start || (q.start === p.start && q.end >= p.end)) break;
      out.push(added[j]);
    }
    out.push(a);
  }
  for (; j < added.length; j++) out.push(added[j]);
  return out;
}

const byCreated = (a: Annotation, b: Annotation) => (a.created ?? '').localeCompare(b.created ?? '');

interface FacetSets { creators: Set<string>; motivations: Set<string>; tags: Set<string>; actors: Set<number> }

/** Sorts annotations out: their passages returned, replies filed under their parent, facet values gathered. */
function collect(annotations: Iterable<Annotation>, replies: Map<string, Annotation[]>, facets: FacetSets): Annotation[] {
  const passages: Annotation[] = [];
  for (const a of annotations) {
    const parent = parentOf(a);
    if (parent) {
      const list = replies.get(parent);
      if (list) list.push(a); else replies.set(parent, [a]);
    }
    for (const tag of tagsOf(a)) facets.tags.add(tag);
    for (const actor of actorsOf(a)) facets.actors.add(actor);
    if (!isPassage(a)) continue;
    passages.push(a);
    facets.creators.add(creatorName(a));
    facets.motivations.add(a.motivation ?? 'commenting');
  }
  return passages;
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
  /**
   * What pages added since the lists were last derived, when nothing else changed meanwhile: derive then merges
   * them in (null: derived from every annotation again). The lists were derived two or three times while a page of
   * 5,000 landed, the last time over all 5,000 (6-18 ms) between the page applied and the reader ready.
   */
  private addedSince: Annotation[] | null = null;
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
      this.addedSince?.push(a);
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
    if (!patch) this.addedSince = null;
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
    this.addedSince = null;
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
      list.sort(byCreated);
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
    const added = this.addedSince;
    this.derivedAt = this.version;
    this.addedSince = [];
    const f = this.facetList;
    const facets: FacetSets = added
      ? { creators: new Set(f.creators), motivations: new Set(f.motivations), tags: new Set(f.tags), actors: new Set(f.actors) }
      : { creators: new Set(), motivations: new Set(), tags: new Set(), actors: new Set() };
    const replies = new Map<string, Annotation[]>();
    const passages = collect(added ?? this.byId.values(), replies, facets);
    if (added) {
      this.passageList = mergedInTextOrder(this.passageList, passages);
      const all = new Map(this.replies);
      for (const [parent, list] of replies) all.set(parent, [...(all.get(parent) ?? []), ...list].sort(byCreated));
      this.replies = all;
    } else {
      this.passageList = inTextOrder(passages);
      for (const list of replies.values()) list.sort(byCreated);
      this.replies = replies;
    }
    this.facetList = { creators: [...facets.creators].sort(), motivations: [...facets.motivations].sort(),
      tags: [...facets.tags].sort(), actors: [...facets.actors] };
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
