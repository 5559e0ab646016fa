// The W3C selectors of a passage; built from the stored text by reader/codePoints.ts (passageOf).
export type { Passage, TextPositionSelector, TextQuoteSelector } from './reader/codePoints';
