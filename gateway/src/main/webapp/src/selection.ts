import { describeTextPosition, describeTextQuote } from '@apache-annotator/dom';

/** W3C Web Annotation selectors of a passage. Positions are in Unicode code points, as the server counts. */
export interface TextQuoteSelector { type: 'TextQuoteSelector'; exact: string; prefix?: string; suffix?: string }
export interface TextPositionSelector { type: 'TextPositionSelector'; start: number; end: number }
export interface Passage { quote: TextQuoteSelector; position: TextPositionSelector }

/** UTF-16 offset of a code-point offset (a surrogate pair is one code point). */
export function unitOffset(text: string, points: number): number {
  let i = 0;
  for (let p = 0; p < points && i < text.length; p++) {
    const c = text.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
  }
  return i;
}

/** The selectors of a range inside scope, or null if the range is empty or leaves the scope. */
export async function describePassage(range: Range, scope: Element): Promise<Passage | null> {
  if (range.collapsed || !scope.contains(range.commonAncestorContainer)) return null;
  const quote = await describeTextQuote(range, scope) as TextQuoteSelector;
  // Apache Annotator already counts code points (its CodePointSeeker), as the W3C model and the server do.
  const position = await describeTextPosition(range, scope);
  if (!quote.exact.trim()) return null;
  return {
    quote: { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
    position: { type: 'TextPositionSelector', start: position.start, end: position.end },
  };
}

/** A DOM range for code-point offsets [start, end) of scope's text (to highlight saved annotations). */
export function rangeOf(scope: Element, start: number, end: number): Range | null {
  const text = scope.textContent ?? '';
  const from = unitOffset(text, start);
  const to = unitOffset(text, end);
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let seen = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = (node as Text).length;
    if (!started && from <= seen + length) { range.setStart(node, from - seen); started = true; }
    if (started && to <= seen + length) { range.setEnd(node, to - seen); return range; }
    seen += length;
  }
  return null;
}
