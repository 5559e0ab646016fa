// The stored text counted as the server counts it: Unicode code points (W3C TextPositionSelector),
// with both conversions to and from JavaScript's UTF-16 units precomputed once per text, so that
// anchoring thousands of annotations is a table lookup each, never a walk over the text.

export class CodePoints {
  /** UTF-16 offset of each code-point offset (length + 1 entries). */
  private readonly units: Uint32Array;
  /** Code-point offset of each UTF-16 offset (the low half of a pair maps to its pair). */
  private readonly points: Uint32Array;
  readonly length: number;

  constructor(readonly text: string) {
    const units = new Uint32Array(text.length + 1);
    const points = new Uint32Array(text.length + 1);
    let p = 0;
    for (let i = 0; i < text.length; i++) {
      points[i] = p;
      units[p] = i;
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) { i++; points[i] = p; }
      p++;
    }
    units[p] = text.length;
    points[text.length] = p;
    this.length = p;
    this.units = units.subarray(0, p + 1);
    this.points = points;
  }

  /** UTF-16 offset of a code-point offset (clamped to the text). */
  unit(point: number): number {
    return this.units[Math.max(0, Math.min(this.length, point))];
  }

  /** Code-point offset of a UTF-16 offset (clamped to the text). */
  point(unit: number): number {
    return this.points[Math.max(0, Math.min(this.text.length, unit))];
  }

  /** The text between two code-point offsets. */
  slice(start: number, end: number): string {
    return this.text.slice(this.unit(start), this.unit(end));
  }
}

/** W3C Web Annotation selectors of a passage. Positions are in Unicode code points, as the server counts. */
export interface TextQuoteSelector { type: 'TextQuoteSelector'; exact: string; prefix?: string; suffix?: string }
export interface TextPositionSelector { type: 'TextPositionSelector'; start: number; end: number }
export interface Passage { quote: TextQuoteSelector; position: TextPositionSelector }

const CONTEXT = 32;

/**
 * Both selectors of [start, end), taken from the stored text itself (never from what the screen
 * shows: a reflowed line break is displayed as a space but stays "\n" in the quote), so that the
 * text view and the PDF view produce the same annotation for the same passage.
 */
export function passageOf(text: CodePoints, start: number, end: number): Passage | null {
  if (end <= start) return null;
  const exact = text.slice(start, end);
  if (!exact.trim()) return null;
  return {
    quote: { type: 'TextQuoteSelector', exact,
      prefix: text.slice(Math.max(0, start - CONTEXT), start), suffix: text.slice(end, Math.min(text.length, end + CONTEXT)) },
    position: { type: 'TextPositionSelector', start, end },
  };
}
