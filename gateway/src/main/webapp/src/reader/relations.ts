// Relations between passages drawn over the reader (issue #22, docs/web-client.md): an SVG layer over
// the text column (or the PDF's pages) with, for each relation shown, a curve from its first passage's
// highlight to each other passage's, an arrow head and the relation's type. Other documents' passages
// are links (chips) beside the passage here. The layer is aria-hidden: the relation is reached, with
// text, in the side panel.
//
// Only the few relations shown are measured (a getClientRects per passage), once per frame at most,
// from the reader's window and scroll hooks; the highlights themselves stay the painter's
// (highlights.ts), never touched here.
import { liveRange, type Anchoring } from './anchoring';

const SVG = 'http://www.w3.org/2000/svg';

export interface Span { start: number; end: number }
/** A relation to draw: its passages on this document (the first is where it starts), and elsewhere. */
export interface Link {
  id: string;
  label: string;
  here: Span[];
  /** Passages in other documents: a chip with its text and where it leads. */
  elsewhere: { text: string; href: string }[];
}

interface Point { x: number; y: number }

export class RelationLayer {
  private host: HTMLElement | null = null;
  private svg: SVGSVGElement | null = null;
  private chips: HTMLElement | null = null;
  private links: Link[] = [];
  private key = '[]';
  private anchoring: Anchoring | null = null;
  private queued = false;
  private drawn = false;

  /**
   * The element the layer goes in (an empty one at the top left of the text column, which lit renders and
   * never fills), and the view the passages are in.
   */
  attach(host: HTMLElement | null, anchoring: Anchoring | null) {
    if (host === this.host && anchoring === this.anchoring) return;
    if (host !== this.host) {
      this.detach();
      this.host = host;
    }
    this.anchoring = anchoring;
    this.queue();
  }

  /** The relations to draw (an empty list clears the layer); the same ones again cost nothing. */
  set(links: Link[]) {
    const key = JSON.stringify(links);
    if (key === this.key) return;
    this.key = key;
    this.links = links;
    this.queue();
  }

  /** Draw again at the next frame (after a scroll, a resize, a page that rendered): once per frame at most. */
  queue() {
    if (this.queued || (!this.links.length && !this.drawn)) return;
    this.queued = true;
    requestAnimationFrame(() => { this.queued = false; this.draw(); });
  }

  detach() {
    this.svg?.remove();
    this.chips?.remove();
    this.svg = null;
    this.chips = null;
    this.drawn = false;
  }

  private layers(host: HTMLElement): [SVGSVGElement, HTMLElement] {
    if (!this.svg || !this.chips || !host.contains(this.svg)) {
      this.detach();
      const svg = document.createElementNS(SVG, 'svg');
      svg.setAttribute('class', 'relation-layer');
      svg.setAttribute('aria-hidden', 'true');
      svg.setAttribute('data-testid', 'relation-layer');
      svg.innerHTML = `<defs><marker id="relation-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7"
        orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z"></path></marker></defs>`;
      const chips = document.createElement('div');
      chips.className = 'relation-chips';
      host.append(svg, chips);
      this.svg = svg;
      this.chips = chips;
    }
    return [this.svg, this.chips];
  }

  private draw() {
    const host = this.host;
    if (!host) return;
    const [svg, chips] = this.layers(host);
    for (const old of [...svg.querySelectorAll('g')]) old.remove();
    chips.replaceChildren();
    this.drawn = this.links.length > 0;
    if (!this.drawn || !this.anchoring) return;
    const frame = host.getBoundingClientRect();
    const column = host.parentElement ?? host;
    svg.setAttribute('width', String(column.scrollWidth));
    svg.setAttribute('height', String(column.scrollHeight));
    for (const link of this.links) {
      const boxes = link.here.map((s) => this.boxes(s, frame));
      const first = boxes[0];
      if (!first?.length) continue; // its first passage is not displayed (a PDF page not rendered yet)
      const g = document.createElementNS(SVG, 'g');
      g.setAttribute('data-relation', link.id);
      for (let i = 1; i < boxes.length; i++) {
        if (!boxes[i].length) continue;
        this.curve(g, top(first[0]), top(boxes[i][0]), link, i);
      }
      svg.append(g);
      const last = first[first.length - 1];
      link.elsewhere.forEach((e, i) => {
        const a = document.createElement('a');
        a.className = 'chip relation-elsewhere';
        a.href = e.href;
        a.textContent = `↗ ${link.label ? `${link.label} : ` : ''}${e.text}`;
        a.dataset.testid = 'relation-elsewhere';
        a.dataset.relation = link.id;
        a.style.left = `${last.right + 6}px`;
        a.style.top = `${last.top + i * 26}px`;
        chips.append(a);
      });
    }
  }

  /** The passage's line boxes, relative to the host (empty when it is not displayed). */
  private boxes(s: Span, frame: DOMRect): DOMRect[] {
    const out: DOMRect[] = [];
    for (const r of this.anchoring?.rangesOf(s.start, s.end) ?? []) {
      for (const box of liveRange(r).getClientRects()) {
        if (box.width > 0 && box.height > 0) out.push(new DOMRect(box.left - frame.left, box.top - frame.top, box.width, box.height));
      }
    }
    return out;
  }

  /** A curve above the text from one passage's top to the other's, bulging more the farther apart they are. */
  private curve(g: SVGGElement, from: Point, to: Point, link: Link, end: number) {
    const lift = 28 + Math.min(140, Math.abs(to.x - from.x) / 5 + Math.abs(to.y - from.y) / 5);
    const c1 = { x: from.x, y: from.y - lift };
    const c2 = { x: to.x, y: to.y - lift };
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', `M${from.x},${from.y} C${c1.x},${c1.y} ${c2.x},${c2.y} ${to.x},${to.y}`);
    path.setAttribute('class', 'relation-connector');
    path.setAttribute('marker-end', 'url(#relation-arrow)');
    path.setAttribute('data-testid', 'relation-connector');
    path.setAttribute('data-relation', link.id);
    path.setAttribute('data-end', String(end));
    g.append(path);
    if (!link.label) return;
    // the curve's middle (t = 1/2 of a cubic Bézier)
    const mid = { x: (from.x + 3 * c1.x + 3 * c2.x + to.x) / 8, y: (from.y + 3 * c1.y + 3 * c2.y + to.y) / 8 };
    const text = document.createElementNS(SVG, 'text');
    text.setAttribute('x', String(mid.x));
    text.setAttribute('y', String(mid.y - 4));
    text.setAttribute('class', 'relation-label');
    text.setAttribute('text-anchor', 'middle');
    text.textContent = link.label;
    g.append(text);
  }
}

/** The middle of a line box's top edge: where a connector meets a passage. */
const top = (box: DOMRect): Point => ({ x: box.left + box.width / 2, y: box.top });
