// PDF.js's text items of a page aligned onto the stored text of that page. The stored text was
// extracted by PDFBox at ingest and normalised (NFC, "\n" line ends), so the two rarely agree
// character for character on whitespace, line ends or the odd glyph; they do agree on the order
// and on the letters. Each item's characters are matched in order against the page's stored text
// (whitespace skipped on both sides, a short look-ahead for a differing glyph, a re-synchronisation
// by searching the item's next letters when that fails). The result maps every UTF-16 unit of
// every item to a code-point offset of the stored text, non-decreasing in reading order.
import type { CodePoints } from './codePoints';

const LOOKAHEAD = 48;
const RESYNC = 4000;
const isSpace = (c: string) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\u00a0' || c === '\u202f' || c === '\u2009';

function fold(c: string): string {
  return c.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[’‘ʼ′`]/g, "'").replace(/[“”«»]/g, '"').replace(/[‐‑‒–—−]/g, '-');
}

/** Two glyphs the same for alignment: case, accents, typographic quotes and dashes aside; "?" is a glyph the PDF could not encode. */
function same(a: string, b: string): boolean {
  return a === b || a === '?' || b === '?' || fold(a) === fold(b);
}

export interface ItemMap {
  /** Code-point offset (whole stored text) before which each UTF-16 unit of the item sits. */
  offsets: Int32Array;
  /** 1 where the unit was matched to a letter of the stored text, 0 where derived (whitespace, unmatched). */
  placed: Uint8Array;
}

/** Maps every unit of every item of a page whose stored text is code points [start, end). */
export function alignItems(text: CodePoints, start: number, end: number, items: string[]): ItemMap[] {
  const s = text.text;
  const limit = text.unit(end);
  let cursor = text.unit(start);
  const maps = items.map((item) => ({ offsets: new Int32Array(item.length).fill(-1), placed: new Uint8Array(item.length) }));
  items.forEach((item, n) => {
    const map = maps[n];
    for (let k = 0; k < item.length; k++) {
      const c = item[k];
      if (isSpace(c)) continue;
      let found = -1;
      for (let i = cursor, seen = 0; i < limit && seen < LOOKAHEAD; i++) {
        if (isSpace(s[i])) continue;
        seen++;
        if (same(c, s[i])) { found = i; break; }
      }
      if (found < 0) {
        const probe = item.slice(k, k + 8).replace(/\s+/g, '');
        if (probe.length >= 3) {
          const at = s.indexOf(probe, cursor);
          if (at >= 0 && at < limit && at - cursor < RESYNC) found = at;
        }
      }
      if (found >= 0) {
        map.offsets[k] = text.point(found);
        map.placed[k] = 1;
        cursor = found + 1;
      }
    }
  });
  // Whitespace and unmatched units sit just after the previous matched letter, so a selection
  // that starts or ends on them still falls between the right letters.
  let after = start;
  for (const map of maps) {
    for (let k = 0; k < map.offsets.length; k++) {
      if (map.placed[k]) after = map.offsets[k] + 1; else map.offsets[k] = after;
    }
  }
  return maps;
}

/** Share of an item list's letters that found their place (to tell a page whose text layer is not the stored text). */
export function placedShare(items: string[], maps: ItemMap[]): number {
  let letters = 0;
  let placed = 0;
  items.forEach((item, n) => {
    for (let k = 0; k < item.length; k++) if (!isSpace(item[k])) { letters++; placed += maps[n].placed[k]; }
  });
  return letters ? placed / letters : 0;
}
