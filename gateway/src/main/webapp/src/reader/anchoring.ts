// Where a passage of the stored text is on screen, and which stored offset a point on screen is.
// The text view and the PDF view each implement it; highlights, selections and the reading
// position go through it and never walk the DOM per annotation.

export interface Anchoring {
  /** Static ranges (one per run of the view's DOM) covering code points [start, end); empty when not displayed. */
  rangesOf(start: number, end: number): StaticRange[];
  /** The code-point offset of a DOM point inside the view, or null outside it. */
  offsetOf(node: Node, offset: number): number | null;
}

/** A live Range of a static one, for the few calls that need layout (getClientRects, scrolling). */
export function liveRange(r: AbstractRange): Range {
  const range = document.createRange();
  range.setStart(r.startContainer, r.startOffset);
  range.setEnd(r.endContainer, r.endOffset);
  return range;
}

/** Index of the last element of a sorted array that is <= value (binary search), or -1. */
export function floorIndex(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= value) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}
