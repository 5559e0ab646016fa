// The PDF in its own layout: PDF.js (pdfjs-dist, bundled with its worker: nothing from a CDN)
// renders each page to a canvas with its text layer on top, lazily, as the page comes near the
// viewport. Each text layer is aligned onto the stored text (pdfAlign.ts), which makes the page an
// Anchoring like the text view: highlights are StaticRanges over the text layer's spans and a
// selection on the page gives code points of the stored text.
import * as pdfjs from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { floorIndex, type Anchoring } from './anchoring';
import type { CodePoints } from './codePoints';
import { alignItems, placedShare, type ItemMap } from './pdfAlign';
import type { PageRange } from './reflow';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

interface RenderedPage {
  start: number; end: number;
  nodes: (Text | null)[];
  maps: ItemMap[];
  /** Per node, its item index (to map a DOM point back). */
  itemOf: Map<Node, number>;
  /** Flattened placed units in reading order: offsets (non-decreasing), item and unit. */
  flat: { offset: Int32Array; item: Int32Array; unit: Int32Array };
}

export interface PdfViewOptions {
  container: HTMLElement;
  data: ArrayBuffer;
  text: CodePoints;
  pages: PageRange[];
  /** Called when a page's text layer is aligned: the reader anchors the annotations on it. */
  onPageAnchored: (start: number, end: number) => void;
  /** Labels for the page (accessibility). */
  pageLabel: (n: number) => string;
}

export class PdfView implements Anchoring {
  private doc: pdfjs.PDFDocumentProxy | null = null;
  private readonly rendered = new Map<number, RenderedPage>();
  private readonly rendering = new Set<number>();
  private observer: IntersectionObserver | null = null;
  private readonly pageDivs: HTMLElement[] = [];
  private scale = 1;
  /** Pages whose text layer holds no text (a scan) or text unrelated to the stored text. */
  readonly textless = new Set<number>();

  constructor(private readonly o: PdfViewOptions) {}

  async open(): Promise<number> {
    this.doc = await pdfjs.getDocument({ data: new Uint8Array(this.o.data), isEvalSupported: false }).promise;
    const first = await this.doc.getPage(1);
    const base = first.getViewport({ scale: 1 });
    const width = Math.min(this.o.container.clientWidth || 800, 900);
    this.scale = width / base.width;
    const frag = document.createDocumentFragment();
    for (let n = 1; n <= this.doc.numPages; n++) {
      const div = document.createElement('div');
      div.className = 'pdf-page';
      div.dataset.page = String(n);
      div.setAttribute('role', 'region');
      div.setAttribute('aria-label', this.o.pageLabel(n));
      div.style.width = `${base.width * this.scale}px`;
      div.style.height = `${base.height * this.scale}px`;
      this.pageDivs.push(div);
      frag.append(div);
    }
    this.o.container.replaceChildren(frag);
    this.observer = new IntersectionObserver((entries) => {
      for (const e of entries) if (e.isIntersecting) this.render(Number((e.target as HTMLElement).dataset.page));
    }, { rootMargin: '600px 0px' });
    for (const div of this.pageDivs) this.observer.observe(div);
    return this.doc.numPages;
  }

  close() {
    this.observer?.disconnect();
    this.doc?.destroy();
    this.doc = null;
  }

  /** The stored-text range of a page (from the document's pages API), or the whole text for a single page. */
  private bounds(n: number): { start: number; end: number } {
    const p = this.o.pages.find((x) => x.page === n);
    if (p) return p;
    return this.o.pages.length ? { start: 0, end: 0 } : { start: 0, end: this.o.text.length };
  }

  /** Renders one page (canvas, then text layer aligned to the stored text). */
  async render(n: number): Promise<void> {
    if (!this.doc || this.rendered.has(n) || this.rendering.has(n)) return;
    this.rendering.add(n);
    try {
      const page = await this.doc.getPage(n);
      const viewport = page.getViewport({ scale: this.scale });
      const div = this.pageDivs[n - 1];
      div.style.width = `${viewport.width}px`;
      div.style.height = `${viewport.height}px`;
      div.style.setProperty('--scale-factor', String(this.scale));
      div.style.setProperty('--total-scale-factor', String(this.scale));
      const canvas = document.createElement('canvas');
      const ratio = window.devicePixelRatio || 1;
      canvas.width = Math.floor(viewport.width * ratio);
      canvas.height = Math.floor(viewport.height * ratio);
      canvas.style.width = `${viewport.width}px`;
      canvas.style.height = `${viewport.height}px`;
      canvas.setAttribute('aria-hidden', 'true');
      const layer = document.createElement('div');
      layer.className = 'textLayer';
      div.replaceChildren(canvas, layer);
      await page.render({ canvas, canvasContext: canvas.getContext('2d')!, viewport,
        transform: ratio !== 1 ? [ratio, 0, 0, ratio, 0, 0] : undefined }).promise;
      const content = await page.getTextContent();
      const textLayer = new pdfjs.TextLayer({ textContentSource: content, container: layer, viewport });
      await textLayer.render();
      const strings = textLayer.textContentItemsStr;
      const { start, end } = this.bounds(n);
      const maps = alignItems(this.o.text, start, end, strings);
      const nodes = textLayer.textDivs.map((d) => (d.firstChild instanceof Text ? d.firstChild : null));
      if (!strings.some((s) => s.trim()) || placedShare(strings, maps) < 0.5) {
        this.textless.add(n);
        div.dataset.textless = 'true';
      }
      const itemOf = new Map<Node, number>();
      nodes.forEach((node, i) => { if (node) itemOf.set(node, i); });
      const offset: number[] = [];
      const item: number[] = [];
      const unit: number[] = [];
      maps.forEach((m, i) => {
        if (!nodes[i]) return;
        for (let k = 0; k < m.offsets.length; k++) if (m.placed[k]) { offset.push(m.offsets[k]); item.push(i); unit.push(k); }
      });
      this.rendered.set(n, { start, end, nodes, maps, itemOf,
        flat: { offset: Int32Array.from(offset), item: Int32Array.from(item), unit: Int32Array.from(unit) } });
      div.dataset.rendered = 'true';
      this.o.onPageAnchored(start, end);
    } finally {
      this.rendering.delete(n);
    }
  }

  rangesOf(start: number, end: number): StaticRange[] {
    const out: StaticRange[] = [];
    for (const p of this.rendered.values()) {
      if (p.end <= start || p.start >= end || !p.flat.offset.length) continue;
      const f = p.flat;
      // first placed unit at or after start, last placed unit before end
      const i = floorIndex(f.offset, start - 1) + 1;
      const j = floorIndex(f.offset, end - 1);
      if (i >= f.offset.length || j < i) continue;
      const a = p.nodes[f.item[i]]!;
      const b = p.nodes[f.item[j]]!;
      out.push(new StaticRange({ startContainer: a, startOffset: f.unit[i], endContainer: b, endOffset: f.unit[j] + 1 }));
    }
    return out;
  }

  offsetOf(node: Node, offset: number): number | null {
    const pageDiv = (node instanceof Element ? node : node.parentElement)?.closest('.pdf-page') as HTMLElement | null;
    if (!pageDiv) return null;
    const p = this.rendered.get(Number(pageDiv.dataset.page));
    if (!p) return null;
    let i = p.itemOf.get(node);
    let k = offset;
    if (i === undefined) {
      // An element boundary (a span, the layer): the nearest text node after it, at its start.
      const el = node as Element;
      const child = el.childNodes?.[offset] as Element | undefined;
      const span = (child?.nodeType === Node.ELEMENT_NODE ? child : null)?.firstChild ?? null;
      i = span ? p.itemOf.get(span) : undefined;
      k = 0;
      if (i === undefined) {
        const own = (node as Element).firstChild;
        i = own ? p.itemOf.get(own) : undefined;
        k = node.textContent?.length ?? 0;
      }
      if (i === undefined) return null;
    }
    const m = p.maps[i];
    if (k < m.offsets.length) return m.offsets[k];
    // past the item's end: just after its last unit
    return m.offsets.length ? (m.placed[m.offsets.length - 1] ? m.offsets[m.offsets.length - 1] + 1 : m.offsets[m.offsets.length - 1]) : null;
  }

  /** The code point at the top of the viewport: the page there and how far down it (the reading position). */
  topOffset(frameTop = 0): number | null {
    for (const div of this.pageDivs) {
      const box = div.getBoundingClientRect();
      if (box.bottom <= frameTop + 10) continue;
      const n = Number(div.dataset.page);
      const { start, end } = this.bounds(n);
      const p = this.rendered.get(n);
      const fraction = Math.max(0, Math.min(1, (frameTop - box.top) / box.height));
      if (p && p.flat.offset.length) {
        // the first text item whose top is below the viewport's top
        for (let i = 0; i < p.nodes.length; i++) {
          const node = p.nodes[i];
          if (!node?.parentElement) continue;
          if (node.parentElement.getBoundingClientRect().top >= frameTop) return p.maps[i].offsets[0];
        }
      }
      return Math.round(start + fraction * (end - start));
    }
    return null;
  }

  /** Scrolls so that the code point shows near the top (rendering its page first). */
  async scrollTo(offset: number): Promise<void> {
    const page = this.o.pages.length ? this.o.pages[Math.max(0, floorIndex(this.o.pages.map((p) => p.start), offset))] : null;
    const n = page?.page ?? 1;
    const div = this.pageDivs[n - 1];
    if (!div) return;
    div.scrollIntoView({ block: 'start' });
    await this.render(n);
    const ranges = this.rangesOf(offset, offset + 1);
    const box = ranges.length ? rangeBox(ranges[0]) : null;
    if (box) window.scrollBy(0, box.top - 80);
    else window.scrollBy(0, -60);
  }

  /** Code points of the pages within `margin` pixels of the viewport (what the highlight painter registers). */
  visibleRange(margin: number): { start: number; end: number } | null {
    let start = Infinity;
    let end = -Infinity;
    for (const div of this.pageDivs) {
      const box = div.getBoundingClientRect();
      if (box.bottom < -margin || box.top > window.innerHeight + margin) continue;
      const b = this.bounds(Number(div.dataset.page));
      start = Math.min(start, b.start);
      end = Math.max(end, b.end);
    }
    return start <= end ? { start, end } : null;
  }

  get pageCount(): number { return this.doc?.numPages ?? 0; }
}

function rangeBox(r: StaticRange): DOMRect | null {
  const range = document.createRange();
  range.setStart(r.startContainer, r.startOffset);
  range.setEnd(r.endContainer, r.endOffset);
  return range.getClientRects()[0] ?? range.getBoundingClientRect();
}
