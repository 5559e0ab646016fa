// The stored text laid out as a reader expects it. Text extracted from PDFs keeps the hard line
// breaks of the original's columns; inside a paragraph they are shown as spaces, while paragraph
// breaks (blank lines), headings, list items and page breaks stay. It is a display mapping only:
// a soft break is a <span class="soft-break"> holding the very characters of the stored text
// ("\n", or " \n\n" in double-spaced extractions) whose white-space is `normal`, so the browser
// collapses them to one space. The DOM's textContent stays the stored text, code point for code point.

export interface PageRange { page: number; start: number; end: number }

/** Sentence or block ends after which a break is a paragraph break. */
const ENDS_BLOCK = /[.!?:;…»”"')\]]\s*$/u;
/** Line starts that open a block: bullets, numbered items, roman-numbered headings. */
const STARTS_BLOCK = /^\s*(?:[•▪●◦○■□–—*-]\s|\(?\d{1,3}[.)°]\s|\(?[a-z][.)]\s|[IVXLC]{1,6}\.\s|#{1,6}\s|[|>])/u;

/** Whether the text is "double-spaced": most line breaks are blank lines (one per extracted line). */
export function doubleSpaced(text: string): boolean {
  let single = 0;
  let double = 0;
  for (const m of text.matchAll(/[^\S\n]*\n(?:[^\S\n]*\n)*/g)) {
    const breaks = m[0].split('\n').length - 1;
    if (breaks === 1) single++;
    else if (breaks === 2) double++;
  }
  return double > 2 * single && double > 20;
}

/** The typical length of a full line (the median of the non-empty lines), to tell short lines. */
export function typicalLine(text: string): number {
  const lengths = text.split('\n').map((l) => l.trim().length).filter((n) => n > 0).sort((a, b) => a - b);
  return lengths.length ? lengths[lengths.length >> 1] : 0;
}

/** A heading-like line: short, no final punctuation, mostly capitals or a title. */
function headingLike(line: string): boolean {
  const s = line.trim();
  if (!s) return false;
  if (s.length <= 60 && s === s.toUpperCase() && /\p{L}/u.test(s)) return true;
  return false;
}

/** A run of the stored text: plain, or a soft break (shown as a space, or as nothing after a hyphen). */
export interface Segment { text: string; soft: boolean; joined?: boolean }

/**
 * Splits a run of text into plain runs and soft breaks. `soft` runs are the whitespace between two
 * lines of one paragraph (trailing spaces of the line, the line break(s), leading spaces of the next).
 */
export function* segmentsOf(text: string, double: boolean, typical = typicalLine(text)): Generator<Segment> {
  const limit = double ? 2 : 1;
  let at = 0;
  for (const m of text.matchAll(/[^\S\n]*\n(?:[^\S\n]*\n)*[^\S\n]*/g)) {
    const breaks = m[0].split('\n').length - 1;
    const startOfRun = m.index!;
    const endOfRun = startOfRun + m[0].length;
    if (breaks > 2 || startOfRun === 0 || endOfRun >= text.length) continue;
    const lineStart = text.lastIndexOf('\n', startOfRun - 1) + 1;
    const prev = text.slice(lineStart, startOfRun);
    const nextEnd = text.indexOf('\n', endOfRun);
    const next = text.slice(endOfRun, nextEnd < 0 ? text.length : nextEnd);
    // A blank line beyond the document's line spacing is a paragraph break, unless the sentence
    // visibly goes on (no final punctuation, the next line starts in lower case).
    if (breaks > limit && (ENDS_BLOCK.test(prev) || !/^\s*\p{Ll}/u.test(next))) continue;
    // A short line ends its paragraph (a heading, the last line of a paragraph, a table cell).
    if (!prev.trim() || prev.trim().length < 0.6 * typical || ENDS_BLOCK.test(prev) && (double || prev.trim().length < 50) || STARTS_BLOCK.test(next)
      || headingLike(prev) || headingLike(next)) continue;
    if (startOfRun > at) yield { text: text.slice(at, startOfRun), soft: false };
    // "Vice-\nprésidente": a word hyphenated across lines is shown joined.
    yield { text: m[0], soft: true, joined: /\p{L}-$/u.test(prev) && /^\p{Ll}/u.test(next) };
    at = endOfRun;
  }
  if (at < text.length) yield { text: text.slice(at), soft: false };
}

/** Characters after which a chunk of text ends at its next line break (see textBlocks). */
const CHUNK = 2500;

/** A text block's element and the UTF-16 offset of the stored text it starts at. */
export interface Block { el: HTMLElement; unit: number }

/**
 * Builds the text's DOM in `scope`, one block at a time: page markers (CSS-generated labels, no
 * text) and each page's text with its soft breaks, in blocks of about 2,500 characters ending at a
 * line break. Each block is appended when built and yielded, so that the caller renders a slice of
 * blocks per task (a 100,000-character document at once is one long task). The blocks are
 * `content-visibility: auto`: the browser lays out only those near the viewport. Blocks add no
 * text: once done, the DOM's textContent is the stored text.
 */
export function* textBlocks(scope: Element, text: string, pages: PageRange[], pageLabel: (page: number) => string,
  unitOf: (point: number) => number): Generator<Block> {
  const double = doubleSpaced(text);
  const typical = typicalLine(text);
  scope.replaceChildren();
  let unit = 0;
  function* part(chunk: string, page: number | null): Generator<Block> {
    const wrapper = document.createElement('div');
    wrapper.className = 'page-text';
    if (page !== null) wrapper.dataset.page = String(page);
    scope.append(wrapper);
    let block = document.createElement('div');
    block.className = 'text-chunk';
    let blockUnit = unit;
    let size = 0;
    const full = () => {
      wrapper.append(block);
      const done = { el: block, unit: blockUnit };
      block = document.createElement('div');
      block.className = 'text-chunk';
      blockUnit = unit;
      size = 0;
      return done;
    };
    for (const s of segmentsOf(chunk, double, typical)) {
      if (s.soft) {
        const soft = document.createElement('span');
        soft.className = s.joined ? 'soft-break joined' : 'soft-break';
        soft.textContent = s.text;
        block.append(soft);
        size += s.text.length;
        unit += s.text.length;
        continue;
      }
      let rest = s.text;
      // A full block ends after the next line break of plain text (never inside a soft break).
      while (size + rest.length > CHUNK) {
        const cut = rest.indexOf('\n', Math.max(0, CHUNK - size));
        if (cut < 0) break;
        block.append(rest.slice(0, cut + 1));
        unit += cut + 1;
        rest = rest.slice(cut + 1);
        yield full();
      }
      if (rest) block.append(rest);
      size += rest.length;
      unit += rest.length;
    }
    if (block.firstChild) yield full();
  }
  if (!pages.length) {
    yield* part(text, null);
    return;
  }
  // Page ranges are code points; slice by UTF-16 units.
  let at = 0;
  const slice = (from: number, to: number) => text.slice(unitOf(from), unitOf(to));
  const length = unitOf(Number.MAX_SAFE_INTEGER);
  for (const p of [...pages].sort((a, b) => a.start - b.start)) {
    if (p.start > at) yield* part(slice(at, p.start), null);
    const marker = document.createElement('span');
    marker.className = 'page-marker';
    marker.setAttribute('role', 'separator');
    marker.setAttribute('aria-label', pageLabel(p.page));
    marker.dataset.label = `p. ${p.page}`;
    marker.dataset.pageMarker = String(p.page);
    scope.append(marker);
    yield* part(slice(Math.max(at, p.start), p.end), p.page);
    at = Math.max(at, p.end);
  }
  if (unitOf(at) < length) yield* part(text.slice(unitOf(at)), null);
}
