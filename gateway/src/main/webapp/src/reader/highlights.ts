// Highlights painted with the CSS Custom Highlight API: one Highlight registry per style
// (motivation, proposed, the open thread), filled with StaticRanges. The text's DOM is never
// touched, and StaticRanges (unlike live Ranges) cost nothing when the rest of the page changes.
// Each annotation is anchored once (a bisection in the view's index) and kept; a filter change
// only moves ranges in or out of the registries, a live event re-anchors one annotation.
import type { Anchoring } from './anchoring';

interface Entry { start: number; end: number; style: string; ranges: StaticRange[]; shown: boolean }

const ACTIVE = 'annotation-active';
const PRIORITY: Record<string, number> = { [ACTIVE]: 2, 'status-proposed': 1 };
/** Work in slices of this many milliseconds, then yield to the browser (no long task while painting thousands). */
const SLICE_MS = 12;

const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export class HighlightPainter {
  private readonly entries = new Map<string, Entry>();
  private readonly registries = new Map<string, Highlight>();
  private active = new Set<string>();
  private anchoring: Anchoring | null = null;
  private generation = 0;

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

  /** A new view (or a re-rendered one): every range is anchored again against it. */
  attach(anchoring: Anchoring | null) {
    this.anchoring = anchoring;
    this.generation++;
    for (const h of this.registries.values()) h.clear();
    for (const e of this.entries.values()) e.ranges = [];
    return this.reanchor(() => true);
  }

  /** Anchors again the entries that pass `which` (e.g. those on a PDF page that just rendered), in slices. */
  async reanchor(which: (start: number, end: number) => boolean): Promise<void> {
    const generation = this.generation;
    let sliceStart = performance.now();
    for (const [id, e] of this.entries) {
      if (!which(e.start, e.end)) continue;
      this.place(id, e);
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToBrowser();
        if (generation !== this.generation) return;
        sliceStart = performance.now();
      }
    }
  }

  private place(id: string, e: Entry) {
    this.unplace(id, e);
    e.ranges = this.anchoring ? this.anchoring.rangesOf(e.start, e.end) : [];
    if (e.shown) {
      const h = this.registry(e.style);
      for (const r of e.ranges) h.add(r);
      if (this.active.has(id)) { const a = this.registry(ACTIVE); for (const r of e.ranges) a.add(r); }
    }
  }

  private unplace(id: string, e: Entry) {
    const h = this.registries.get(e.style);
    const a = this.registries.get(ACTIVE);
    for (const r of e.ranges) { h?.delete(r); if (this.active.has(id)) a?.delete(r); }
  }

  /** Adds or replaces annotations (id, code-point span, style, shown by the filters) and paints them in slices. */
  async set(items: { id: string; start: number; end: number; style: string; shown: boolean }[]): Promise<void> {
    const generation = this.generation;
    let sliceStart = performance.now();
    for (const it of items) {
      const old = this.entries.get(it.id);
      if (old && old.start === it.start && old.end === it.end && old.style === it.style && old.ranges.length) {
        this.show(it.id, it.shown);
        continue;
      }
      if (old) this.unplace(it.id, old);
      const e: Entry = { start: it.start, end: it.end, style: it.style, ranges: [], shown: it.shown };
      this.entries.set(it.id, e);
      this.place(it.id, e);
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToBrowser();
        if (generation !== this.generation) return;
        sliceStart = performance.now();
      }
    }
  }

  remove(id: string) {
    const e = this.entries.get(id);
    if (!e) return;
    this.unplace(id, e);
    this.entries.delete(id);
    this.active.delete(id);
  }

  /** Shown or hidden by the filters: registry membership only, nothing is anchored again. */
  show(id: string, shown: boolean) {
    const e = this.entries.get(id);
    if (!e || e.shown === shown) return;
    e.shown = shown;
    const h = this.registry(e.style);
    const a = this.active.has(id) ? this.registry(ACTIVE) : null;
    for (const r of e.ranges) {
      if (shown) { h.add(r); a?.add(r); } else { h.delete(r); a?.delete(r); }
    }
  }

  /** The open threads' passages, drawn on top. */
  setActive(ids: string[]) {
    const next = new Set(ids);
    const a = this.registry(ACTIVE);
    a.clear();
    this.active = next;
    for (const id of next) {
      const e = this.entries.get(id);
      if (e?.shown) for (const r of e.ranges) a.add(r);
    }
  }

  /** The ranges of one annotation in the current view (to scroll to it, to place a badge). */
  rangesOf(id: string): StaticRange[] { return this.entries.get(id)?.ranges ?? []; }

  /** How many ranges each registry holds (tests and the benchmark read CSS.highlights the same way). */
  counts(): Record<string, number> {
    return Object.fromEntries([...this.registries].map(([k, h]) => [k, h.size]));
  }

  clear() {
    this.generation++;
    this.entries.clear();
    this.active.clear();
    for (const key of this.registries.keys()) CSS.highlights.delete(key);
    this.registries.clear();
  }
}
