// The curators' data: inter-annotator agreement of a document, proposed relations between actors,
// the claims (figures) a document states with their verdicts, and the tags in use.
import { getJson, query, request, type Page } from './api';

export interface AgreementPair { annotators: string[]; cohenKappa: number | null; units: number }
export interface Agreement {
  document: number; version: number; annotators: string[]; labels: string[]; units: number;
  krippendorffAlpha: number | null; pairs: AgreementPair[];
}

export function agreementOf(documentId: number): Promise<Agreement> {
  return getJson<Agreement>(`/api/v1/documents/${documentId}/agreement`);
}

/** Landis & Koch's bands for kappa: the words a curator reads next to the figure. */
export function kappaBand(k: number | null): 'undefined' | 'poor' | 'slight' | 'fair' | 'moderate' | 'substantial' | 'almostPerfect' {
  if (k === null || Number.isNaN(k)) return 'undefined';
  if (k < 0) return 'poor';
  if (k <= 0.2) return 'slight';
  if (k <= 0.4) return 'fair';
  if (k <= 0.6) return 'moderate';
  if (k <= 0.8) return 'substantial';
  return 'almostPerfect';
}

/** Krippendorff's own thresholds for alpha: 0.8 reliable, 0.667 tentative conclusions, below that unreliable. */
export function alphaBand(a: number | null): 'undefined' | 'reliable' | 'tentative' | 'unreliable' {
  if (a === null || Number.isNaN(a)) return 'undefined';
  if (a >= 0.8) return 'reliable';
  if (a >= 0.667) return 'tentative';
  return 'unreliable';
}

export interface ActorRef { id: number; name?: string; kind?: string }
export interface Evidence { annotation?: string; document?: string; quote?: string }
export interface Relation {
  id: number; subject: ActorRef; predicate: string; object: ActorRef; role?: string; start?: string; end?: string;
  confidence: number; status: string; evidence?: Evidence[]; version: number; createdBy?: string; createdAt?: string;
}

/** Relations are listed without a status filter: every page is read (100 a page) and the proposed ones kept. */
export async function proposedRelations(): Promise<Relation[]> {
  const found: Relation[] = [];
  for (let page = 0; page < 50; page++) {
    const p = await getJson<Page<Relation>>(`/api/v1/relations${query({ page, size: 100 })}`);
    found.push(...p.items.filter((r) => r.status === 'proposed'));
    if ((page + 1) * p.size >= p.total || !p.items.length) break;
  }
  return found;
}

/** The ETag of a relation is its version: If-Match carries the version the curator saw. */
const ifMatch = (r: Relation) => ({ 'If-Match': `"${r.version}"` });

export async function acceptRelation(r: Relation): Promise<Relation> {
  return (await request(`/api/v1/relations/${r.id}/accept`, { method: 'POST', headers: ifMatch(r) })).json() as Promise<Relation>;
}

/** Rejecting a proposal deletes it (the registry keeps no rejected relations). */
export async function rejectRelation(r: Relation): Promise<void> {
  await request(`/api/v1/relations/${r.id}`, { method: 'DELETE', headers: ifMatch(r) });
}

export interface VerdictHint { kind: string; factor?: number; message?: string }
export interface VerdictReference { value?: number | string; unit?: string; period?: string; source?: string; release?: string; derived?: boolean }
export interface Verdict {
  verdict: 'consistent' | 'discrepant' | 'no_data'; claimValue?: number | string; unit?: string; reference?: VerdictReference;
  ratio?: number | string; tolerance?: number | string; hints?: VerdictHint[]; detail?: string;
}
export interface Claim {
  id: number; document?: string; annotation?: string; quote?: string; indicator: string; country: string; counterpart?: string;
  period: string; value: number | string; unit: string; sourceCited?: string; verdict?: Verdict;
}

/** Claims of a document asked at once (the composed view's own bound). */
const CLAIMS = 100;

/**
 * The document's claims as its composed view lists them: claims name their document by id or, as the corpus's do,
 * by file name; both are asked and a claim found twice is listed once. Asked of the claims themselves, not of the
 * view, which composes three services and embeds the annotations in full (876 KB for 5,000).
 */
export async function claimsOf(documentId: number, fileName?: string): Promise<Claim[]> {
  const keys = fileName ? [String(documentId), fileName] : [String(documentId)];
  const pages = await Promise.all(keys.map((document) => getJson<Page<Claim>>(`/api/v1/claims${query({ document, size: CLAIMS })}`)));
  const byId = new Map<number, Claim>();
  for (const page of pages) for (const c of page.items ?? []) if (!byId.has(c.id)) byId.set(c.id, c);
  return [...byId.values()];
}

export interface TagCount { tag: string; count: number }

export function tagsInUse(prefix: string, size = 8): Promise<TagCount[]> {
  return getJson<TagCount[]>(`/api/v1/annotations/tags${query({ prefix, size })}`);
}

/** One annotation of a curation unit (GET …/curation): an annotator's version or the curated one. */
export interface CurationVersion {
  annotation: string; creator: string; start: number; end: number; quote: string; motivation: string; labels: string[];
  comment: string | null;
}
export type UnitState = 'agreed' | 'disagreed' | 'single' | 'curated';
export interface CurationUnit { start: number; end: number; quote: string; state: UnitState; versions: CurationVersion[]; curated: CurationVersion[] }
export interface CurationCounts { agreed: number; disagreed: number; single: number; curated: number }
export interface Curation { document: number; version: number; annotators: string[]; counts: CurationCounts; units: CurationUnit[] }
export interface MergeResult { merged: number; skipped: number; disagreed: number; annotations: string[] }

export function curationOf(documentId: number): Promise<Curation> {
  return getJson<Curation>(`/api/v1/documents/${documentId}/curation`);
}

/** Takes an annotator's version (its IRI) as the curated one of its unit; answers the curated annotation's IRI. */
export async function acceptVersion(documentId: number, annotation: string): Promise<string> {
  const response = await request(`/api/v1/documents/${documentId}/curation/decisions`, { method: 'POST', json: { annotation } });
  return ((await response.json()) as { id: string }).id;
}

export async function mergeAgreed(documentId: number): Promise<MergeResult> {
  return (await request(`/api/v1/documents/${documentId}/curation/merge`, { method: 'POST' })).json() as Promise<MergeResult>;
}
