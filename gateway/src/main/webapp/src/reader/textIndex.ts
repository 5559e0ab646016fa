// Code points of the stored text → text nodes of the text view: the text nodes in document order
// with the UTF-16 offset each starts at, searched by bisection. The text view's textContent is
// exactly the stored text (reflow is done by CSS, see reflow.ts), so a UTF-16 offset in it is a
// UTF-16 offset in the stored text. The view is rendered a slice of blocks at a time: the index
// grows with it (extend), always at the end of the text.
import { floorIndex, type Anchoring } from './anchoring';
import type { CodePoints } from './codePoints';
import type { Block } from './reflow';

export class TextIndex implements Anchoring {
  private nodes: Text[] = [];
  private starts = new Uint32Array(1024);
  private readonly position = new Map<Node, number>();
  /** The blocks of text with the code points each covers: what the viewport shows is read from their boxes. */
  readonly blocks: { el: HTMLElement; start: number; end: number }[] = [];
  /** UTF-16 units indexed so far. */
  private at = 0;

  constructor(readonly scope: Element, private readonly text: CodePoints) {}

  /** The code point where the indexed (rendered) text ends. */
  get end(): number { return this.text.point(this.at); }

  /** Whether the whole stored text is indexed (rendered). */
  get complete(): boolean { return this.at >= this.text.text.length; }

  /** Indexes the text nodes added at the end of the view since the last call, and their blocks. */
  extend(blocks: Block[]) {
    const walker = document.createTreeWalker(this.scope, NodeFilter.SHOW_TEXT);
    const last = this.nodes[this.nodes.length - 1];
    if (last) walker.currentNode = last;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const node = n as Text;
      if (!node.length) continue;
      if (this.nodes.length === this.starts.length) {
        const grown = new Uint32Array(this.starts.length * 2);
        grown.set(this.starts);
        this.starts = grown;
      }
      this.position.set(node, this.nodes.length);
      this.starts[this.nodes.length] = this.at;
      this.nodes.push(node);
      this.at += node.length;
    }
    // a block ends where the next starts; the last one, where the indexed text ends
    const prev = this.blocks[this.blocks.length - 1];
    for (const b of blocks) this.blocks.push({ el: b.el, start: this.text.point(b.unit), end: 0 });
    for (let i = Math.max(0, this.blocks.indexOf(prev)); i < this.blocks.length; i++) {
      this.blocks[i].end = i + 1 < this.blocks.length ? this.blocks[i + 1].start : this.text.point(this.at);
    }
    if (this.complete && this.at !== this.text.text.length) {
      console.warn(`text view holds ${this.at} UTF-16 units, the stored text ${this.text.text.length}`);
    }
  }

  /** The node and offset of a UTF-16 offset; at a boundary, the start of the next node (or the end of the previous one). */
  private point(unit: number, preferEnd: boolean): [Text, number] | null {
    if (!this.nodes.length) return null;
    const starts = this.starts.subarray(0, this.nodes.length);
    let i = floorIndex(starts, unit);
    if (i < 0) i = 0;
    if (preferEnd && i > 0 && starts[i] === unit) i--;
    const node = this.nodes[i];
    return [node, Math.min(node.length, Math.max(0, unit - starts[i]))];
  }

  rangesOf(start: number, end: number): StaticRange[] {
    if (end <= start || this.text.unit(start) >= this.at) return [];
    const from = this.point(this.text.unit(start), false);
    const to = this.point(Math.min(this.at, this.text.unit(end)), true);
    if (!from || !to) return [];
    return [new StaticRange({ startContainer: from[0], startOffset: from[1], endContainer: to[0], endOffset: to[1] })];
  }

  /**
   * Code points of the blocks within `margin` pixels of the viewport (the whole text when there are no blocks). The
   * blocks stack down the page in text order, so the first one reaching into the band is found by bisection: a few
   * boxes read instead of every block's (the white paper's text has some 1,800 blank-line paragraphs; this runs on
   * every scrolled frame).
   */
  visibleRange(margin: number): { start: number; end: number } | null {
    if (!this.blocks.length) return { start: 0, end: this.text.point(this.at) };
    const top = -margin;
    const bottom = window.innerHeight + margin;
    let lo = 0;
    let hi = this.blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.blocks[mid].el.getBoundingClientRect().bottom < top) lo = mid + 1; else hi = mid;
    }
    let start = Infinity;
    let end = -Infinity;
    for (let i = lo; i < this.blocks.length; i++) {
      const b = this.blocks[i];
      const box = b.el.getBoundingClientRect();
      if (box.top > bottom) break;
      if (box.bottom < top) continue;
      start = Math.min(start, b.start);
      end = Math.max(end, b.end);
    }
    return start <= end ? { start, end } : null;
  }

  offsetOf(node: Node, offset: number): number | null {
    if (!this.scope.contains(node)) return null;
    if (node.nodeType === Node.TEXT_NODE) {
      const i = this.position.get(node);
      return i === undefined ? null : this.text.point(this.starts[i] + offset);
    }
    // An element boundary: the first text node at or after it.
    const walker = document.createTreeWalker(this.scope, NodeFilter.SHOW_TEXT);
    const child = node.childNodes[offset];
    walker.currentNode = child ?? node;
    let next: Node | null = child && child.nodeType === Node.TEXT_NODE ? child : walker.nextNode();
    if (!child) {
      // past the last child: the first text node after this element
      walker.currentNode = node;
      let last: Node = node;
      while (last.lastChild) last = last.lastChild;
      walker.currentNode = last;
      next = walker.nextNode();
    }
    while (next && !this.position.has(next)) next = walker.nextNode();
    if (!next) return this.text.point(this.at);
    return this.text.point(this.starts[this.position.get(next)!]);
  }
}
