// Code points of the stored text → text nodes of the text view, built once per render: the text
// nodes in document order with the UTF-16 offset each starts at, searched by bisection. The text
// view's textContent is exactly the stored text (reflow is done by CSS, see reflow.ts), so a
// UTF-16 offset in it is a UTF-16 offset in the stored text.
import { floorIndex, type Anchoring } from './anchoring';
import type { CodePoints } from './codePoints';

export class TextIndex implements Anchoring {
  private readonly nodes: Text[] = [];
  private readonly starts: Uint32Array;
  private readonly position = new Map<Node, number>();
  readonly blocks: { el: HTMLElement; start: number; end: number }[];

  constructor(readonly scope: Element, private readonly text: CodePoints) {
    this.blocks = [];
    const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
    const starts: number[] = [];
    let at = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const node = n as Text;
      if (!node.length) continue;
      this.position.set(node, this.nodes.length);
      this.nodes.push(node);
      starts.push(at);
      at += node.length;
    }
    this.starts = Uint32Array.from(starts);
    // The blocks of text (reflow.ts) with the code points each starts at: what the viewport shows is
    // read from their boxes (a caret probe would land in blocks whose layout content-visibility skipped).
    const blocks = [...scope.querySelectorAll<HTMLElement>('.text-chunk')];
    this.blocks = blocks.map((el) => {
      const first = document.createTreeWalker(el, NodeFilter.SHOW_TEXT).nextNode();
      const i = first ? this.position.get(first) : undefined;
      return { el, start: i === undefined ? 0 : text.point(this.starts[i]), end: text.length };
    });
    for (let b = 0; b + 1 < this.blocks.length; b++) this.blocks[b].end = this.blocks[b + 1].start;
    if (at !== text.text.length) console.warn(`text view holds ${at} UTF-16 units, the stored text ${text.text.length}`);
  }

  /** The node and offset of a UTF-16 offset; at a boundary, the start of the next node (or the end of the previous one). */
  private point(unit: number, preferEnd: boolean): [Text, number] | null {
    if (!this.nodes.length) return null;
    let i = floorIndex(this.starts, unit);
    if (i < 0) i = 0;
    if (preferEnd && i > 0 && this.starts[i] === unit) i--;
    const node = this.nodes[i];
    return [node, Math.min(node.length, Math.max(0, unit - this.starts[i]))];
  }

  rangesOf(start: number, end: number): StaticRange[] {
    if (end <= start) return [];
    const from = this.point(this.text.unit(start), false);
    const to = this.point(this.text.unit(end), true);
    if (!from || !to) return [];
    return [new StaticRange({ startContainer: from[0], startOffset: from[1], endContainer: to[0], endOffset: to[1] })];
  }

  /** Code points of the blocks within `margin` pixels of the viewport (the whole text when there are no blocks). */
  visibleRange(margin: number): { start: number; end: number } | null {
    if (!this.blocks.length) return { start: 0, end: this.text.length };
    let start = Infinity;
    let end = -Infinity;
    for (const b of this.blocks) {
      const box = b.el.getBoundingClientRect();
      if (box.bottom < -margin || box.top > window.innerHeight + margin) continue;
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
    if (!next) return this.text.length;
    return this.text.point(this.starts[this.position.get(next)!]);
  }
}
