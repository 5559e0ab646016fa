// Controlled vocabularies (docs/vocabularies.md): the SKOS concept schemes a reader may see, for the tag
// picker's concept tree and the type of a relation between passages.
import { getJson } from './api';
import { lang } from './i18n';

export interface Labels { fr?: string; en?: string }
export interface Concept {
  iri: string; notation?: string; prefLabel?: Labels; altLabel?: { fr?: string[]; en?: string[] };
  definition?: Labels; broader: string[]; narrower?: string[];
}
export interface Vocabulary { id: string; iri: string; title: string; team?: string; version: number; conceptCount: number; concepts?: Concept[] }

/** The vocabularies the caller may read, each with its concepts (broader before narrower), fetched once per page load. */
let loaded: Promise<Vocabulary[]> | null = null;
export function vocabularies(): Promise<Vocabulary[]> {
  if (!loaded) {
    loaded = getJson<Vocabulary[]>('/api/v1/vocabularies')
      .then((list) => Promise.all(list.map((v) => getJson<Vocabulary>(`/api/v1/vocabularies/${v.id}`))))
      .catch((err) => { loaded = null; throw err; });
  }
  return loaded;
}

/** The concept's label in the reader's language, else the other one, else its IRI. */
export function labelOf(c: Concept): string {
  const l = c.prefLabel ?? {};
  return (lang() === 'en' ? l.en ?? l.fr : l.fr ?? l.en) ?? c.iri;
}

/** Whether the concept's labels (preferred or alternative, both languages) or notation contain the query. */
export function matches(c: Concept, query: string): boolean {
  const q = fold(query);
  const texts = [c.prefLabel?.fr, c.prefLabel?.en, c.notation, ...(c.altLabel?.fr ?? []), ...(c.altLabel?.en ?? [])];
  return texts.some((s) => s != null && fold(s).includes(q));
}

/** Lower case without accents, so that "readmission" finds "réadmission". */
function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A concept and its depth in the tree, in the server's order (depth first). */
export interface Placed { concept: Concept; depth: number }
export function tree(v: Vocabulary): Placed[] {
  const byIri = new Map((v.concepts ?? []).map((c) => [c.iri, c]));
  const depth = new Map<string, number>();
  const depthOf = (c: Concept, seen = 0): number => {
    const known = depth.get(c.iri);
    if (known !== undefined) return known;
    const parent = c.broader.map((b) => byIri.get(b)).find(Boolean);
    const d = parent && seen < 50 ? depthOf(parent, seen + 1) + 1 : 0;
    depth.set(c.iri, d);
    return d;
  };
  return (v.concepts ?? []).map((c) => ({ concept: c, depth: depthOf(c) }));
}

/** The label of a concept IRI among the loaded vocabularies, or null. */
export function conceptLabel(all: Vocabulary[], iri: string): string | null {
  for (const v of all) {
    const c = v.concepts?.find((x) => x.iri === iri);
    if (c) return labelOf(c);
  }
  return null;
}
