// Highlights painted with the CSS Custom Highlight API: one Highlight registry per style
// (motivation, proposed, the open thread) holding StaticRanges; the text's DOM is never touched.
//
// Chromium's cost is in the rendering update after a registry changes, and it grows with the
// number of ranges registered (measured: ~250 ms for a frame after a change with 5,000 ranges,
// ~35 ms with 600). So only the annotations around the viewport are registered: the painter keeps
// every annotation (its span, style, whether the filters show it, its ranges once anchored), and
// a window of code points, moved as the reader scrolls, decides which are in the registries. A
// filter change or a live event then touches a few hundred ranges at most, and an annotation is
// anchored (a bisection in the view's index, see textIndex.ts) when it first enters the window.
import { floorIndex, type Anchoring } from './anchoring';

interface Entry { id: string; start: number; end: number; style: string; shown: boolean; ranges: StaticRange[] | null; painted: boolean }
export interface Item { id: string; start: number; end: number; style: string; shown: boolean }

const ACTIVE = 'annotation-active';
/** Up to this many changed entries are placed one by one; more are sorted at once. */
const FEW = 16;
const PRIORITY: Record<string, number> = { [ACTIVE]: 2, 'status-proposed': 1 };

export class HighlightPainter {
  private readonly entries = new Map<string, Entry>();
  private readonly registries = new Map<string, Highlight>();
  private active = new Set<string>();
  private anchoring: Anchoring | null = null;
  /** Entries sorted by start (rebuilt when entries are added or removed), and the longest span. */
  private sorted: Entry[] = [];
  private starts = new Float64Array(0);
  private longest = 0;
  private dirty = false;
  private window = { from: 0, to: 0 };
  private readonly painted = new Set<Entry>();

  private registry(style: string): Highlight {
    let h = this.registries.get(style);
    if (!h) {
      h = new Highlight();
      h.priority = PRIORITY[style] ?? 0;
      this.registries.set(style, h);
      CSS.highlights.set(style, h);
    }
    return h;
  }

  /** The view the ranges are anchored in. */
  get anchored(): Anchoring | null { return this.anchoring; }

  /** A new view (or a re-rendered one): ranges are anchored again against it as they are needed. */
  attach(anchoring: Anchoring | null) {
    this.anchoring = anchoring;
    for (const e of [...this.painted]) this.unpaint(e);
    for (const e of this.entries.values()) e.ranges = null;
    this.refresh();
  }

  /** Forget the ranges of the entries overlapping [start, end) (a PDF page that rendered) and paint them again. */
  reanchor(start: number, end: number) {
    if (this.dirty) this.refresh(); // sorted again first: the bisection below needs it
    let changed = false;
    // by bisection in the sorted entries: the layout view asks this for every page it renders
    const last = floorIndex(this.starts, end - 1);
    for (let i = Math.max(0, floorIndex(this.starts, start - this.longest)); i <= last; i++) {
      const e = this.sorted[i];
      if (e?.ranges && e.start < end && e.end > start) { this.unpaint(e); e.ranges = null; changed = true; }
    }
    if (changed) this.refresh();
  }

  /** The code points around the viewport: only annotations overlapping them are registered. */
  setWindow(from: number, to: number) {
    this.window = { from, to };
    this.refresh();
  }

  /**
   * Adds or replaces annotations (id, code-point span, style, shown by the filters). A few (a live
   * event) are placed in the sorted entries by bisection; many (a page landing) sort them once.
   */
  set(items: Item[]) {
    const few = items.length <= FEW && !this.dirty;
    for (const it of items) {
      const old = this.entries.get(it.id);
      if (old && old.start === it.start && old.end === it.end && old.style === it.style) {
        this.show(it.id, it.shown);
        continue;
      }
      const entry: Entry = { ...it, ranges: null, painted: false };
      if (old) this.unpaint(old);
      this.entries.set(it.id, entry);
      if (!few) this.dirty = true;
      else {
        if (old) this.unsort(old);
        this.sorted.splice(this.lowerBound(entry.start), 0, entry);
        this.longest = Math.max(this.longest, entry.end - entry.start);
        this.starts = Float64Array.from(this.sorted, (e) => e.start);
      }
    }
    this.refresh();
  }

  /** Exactly these annotations: the others held are removed (a view attached after changes it was spared while detached). */
  setAll(items: Item[]) {
    if (!this.entries.size) { this.load(items); return; }
    const keep = new Set<string>();
    for (const it of items) keep.add(it.id);
    for (const id of [...this.entries.keys()]) {
      if (keep.has(id)) continue;
      const e = this.entries.get(id)!;
      this.unpaint(e);
      this.entries.delete(id);
      this.dirty = true;
    }
    this.set(items);
  }

  /**
   * An empty painter given everything (the reader's first attach, thousands of passages in text order): the entries,
   * their order and the longest span in one pass; refresh sorts them only if they came out of order.
   */
  private load(items: Item[]) {
    const sorted: Entry[] = new Array(items.length);
    const starts = new Float64Array(items.length);
    let inOrder = true;
    let longest = 0;
    for (let i = 0; i < items.length; i++) {
      const it = items[i];
      const e: Entry = {
        id: it.id, start: it.start, end: it.end, style: it.style, shown: it.shown, ranges: null, painted: false,
      };
      this.entries.set(e.id, e);
      sorted[i] = e;
      starts[i] = e.start;
      if (i > 0 && e.start < starts[i - 1]) inOrder = false;
      if (e.end - e.start > longest) longest = e.end - e.start;
    }
    this.sorted = sorted;
    this.starts = starts;
    this.longest = longest;
    // out of order (a relation's other passages), or an id twice: refresh sorts what the map holds
    this.dirty = !inOrder || this.entries.size !== items.length;
    this.refresh();
  }

  remove(id: string) {
    const e = this.entries.get(id);
    if (!e) return;
    this.unpaint(e);
    this.entries.delete(id);
    this.active.delete(id);
    if (this.dirty) return;
    this.unsort(e);
    this.starts = Float64Array.from(this.sorted, (x) => x.start);
  }

  /** The first index of the sorted entries starting at or after `start`. */
  private lowerBound(start: number): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid].start < start) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  private unsort(e: Entry) {
    const i = this.sorted.indexOf(e, this.lowerBound(e.start));
    if (i >= 0) this.sorted.splice(i, 1);
  }

  /** Shown or hidden by the filters: only a registered entry costs anything. */
  show(id: string, shown: boolean) {
    const e = this.entries.get(id);
    if (!e || e.shown === shown) return;
    e.shown = shown;
    if (!shown) this.unpaint(e);
    else if (this.inWindow(e)) this.paint(e);
  }

  /** The open threads' passages, drawn on top. */
  setActive(ids: string[]) {
    for (const id of this.active) { const e = this.entries.get(id); if (e?.painted) this.unpaint(e); }
    this.active = new Set(ids);
    this.refresh();
    for (const id of this.active) { const e = this.entries.get(id); if (e?.painted) { this.unpaint(e); this.paint(e); } }
  }

  /** The ranges of an annotation in the current view (anchored now if it never was). */
  rangesOf(id: string): StaticRange[] {
    const e = this.entries.get(id);
    if (!e) return [];
    if (!e.ranges) e.ranges = this.anchoring?.rangesOf(e.start, e.end) ?? [];
    return e.ranges;
  }

  /** Annotations held, shown by the filters, and registered (painted) now. */
  stats() {
    let shown = 0;
    for (const e of this.entries.values()) if (e.shown) shown++;
    return { entries: this.entries.size, shown, painted: this.painted.size };
  }

  clear() {
    this.entries.clear();
    this.painted.clear();
    this.active.clear();
    this.sorted = [];
    for (const key of this.registries.keys()) CSS.highlights.delete(key);
    this.registries.clear();
  }

  private inWindow(e: Entry): boolean {
    return e.start < this.window.to && e.end > this.window.from;
  }

  /** Registers what entered the window, unregisters what left it. */
  private refresh() {
    if (this.dirty) {
      this.sorted = [...this.entries.values()].sort((a, b) => a.start - b.start);
      this.starts = Float64Array.from(this.sorted, (e) => e.start);
      this.longest = this.sorted.reduce((m, e) => Math.max(m, e.end - e.start), 0);
      this.dirty = false;
    }
    for (const e of [...this.painted]) if (!this.inWindow(e) || !this.entries.has(e.id)) this.unpaint(e);
    if (!this.anchoring) return;
    const last = floorIndex(this.starts, this.window.to - 1);
    for (let i = Math.max(0, floorIndex(this.starts, this.window.from - this.longest)); i <= last; i++) {
      const e = this.sorted[i];
      if (e && !e.painted && e.shown && this.inWindow(e)) this.paint(e);
    }
  }

  private paint(e: Entry) {
    if (!e.ranges) e.ranges = this.anchoring?.rangesOf(e.start, e.end) ?? [];
    const h = this.registry(e.style);
    const a = this.active.has(e.id) ? this.registry(ACTIVE) : null;
    for (const r of e.ranges) { h.add(r); a?.add(r); }
    e.painted = true;
    this.painted.add(e);
  }

  private unpaint(e: Entry) {
    if (!e.painted) return;
    const h = this.registries.get(e.style);
    const a = this.registries.get(ACTIVE);
    for (const r of e.ranges ?? []) { h?.delete(r); a?.delete(r); }
    e.painted = false;
    this.painted.delete(e);
  }
}
