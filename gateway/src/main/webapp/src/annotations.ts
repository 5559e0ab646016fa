// W3C Web Annotations as the gateway serves them (docs/annotations.md): the model the reader needs,
// and the calls of the annotation protocol (container, If-Match on writes, curator status, events).
import { ApiError, request, sendJson } from './api';
import type { Passage } from './selection';

export const ANNOTATION_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';
export const MOTIVATIONS = ['commenting', 'highlighting', 'tagging', 'identifying', 'linking', 'questioning', 'assessing'] as const;
export const VISIBILITIES = ['team', 'private', 'public'] as const;
export type Visibility = (typeof VISIBILITIES)[number];
export type Status = 'proposed' | 'accepted' | 'rejected' | 'pending';

export interface Selector { type: string; start?: number; end?: number; exact?: string; prefix?: string; suffix?: string }
export interface Body { type?: string; value?: string; purpose?: string; format?: string; language?: string; source?: string; id?: string }
export interface Agent { id?: string; type?: string; name?: string; nickname?: string }
export interface Target { source?: string; version?: number; selector?: Selector | Selector[] }
export interface Annotation {
  id: string; type?: string; motivation?: string; creator?: Agent | string; created?: string; modified?: string;
  body?: Body | Body[] | string; target?: Target | string | (Target | string)[];
  visibility?: Visibility; status?: Status; anchorState?: 'anchored' | 'orphaned'; generator?: unknown;
}
/** What the editor produces: everything a person writes on an annotation. */
export interface Draft {
  motivation: string; visibility: Visibility; comment: string; tags: string[];
  actors: { id: number; name: string }[];
  /** Vocabulary concept IRIs tagged (SpecificResource bodies, purpose tagging). */
  concepts?: string[];
}

/** The uuid at the end of an annotation IRI (or a path). */
export function uuidOf(iri: string): string {
  if (!iri.includes('/')) return iri; // already a uuid (the store's keys): thousands of calls as a page lands
  const path = iri.endsWith('/') ? iri.replace(/\/+$/, '') : iri;
  return path.slice(path.lastIndexOf('/') + 1);
}

/** The numeric id at the end of an actor IRI, or null for another kind of link. */
export function actorIdOf(iri: string | undefined): number | null {
  const m = /\/api\/v1\/actors\/(\d+)$/.exec(iri ?? '');
  return m ? Number(m[1]) : null;
}

export function bodiesOf(a: Annotation): Body[] {
  if (!a.body) return [];
  return (Array.isArray(a.body) ? a.body : [a.body]).map((b) => (typeof b === 'string' ? { id: b, source: b } : b));
}

/**
 * Whether the annotation has several targets (a relation), read without building its target list: asked for every
 * annotation as a page lands and as the reader paints.
 */
export const hasSeveralTargets = (a: Annotation): boolean => Array.isArray(a.target) && a.target.length > 1;

function targetsOf(a: Annotation): Target[] {
  if (!a.target) return [];
  return (Array.isArray(a.target) ? a.target : [a.target]).map((t) => (typeof t === 'string' ? { source: t } : t));
}

/** For a relation (several targets), which target is on the document being read: set by placeOn. */
const here = new WeakMap<Annotation, number>();

/**
 * Marks which target of a relation lies on this document (the first one otherwise), so that its passage is the
 * one highlighted and listed here; the annotation itself, and what a PUT sends back, are unchanged.
 */
export function placeOn(a: Annotation, documentId: number): Annotation {
  if (!hasSeveralTargets(a)) return a; // nothing to place (every item as a page lands)
  const targets = targetsOf(a);
  if (targets.length > 1) {
    const i = targets.findIndex((t) => new RegExp(`/api/v1/documents/${documentId}$`).test(t.source ?? ''));
    if (i > 0) here.set(a, i);
  }
  return a;
}

/** Concept IRIs the annotation is tagged or typed with (link bodies, purpose tagging or classifying, not members). */
export function conceptsOf(a: Annotation): string[] {
  return bodiesOf(a).filter((b) => (b.purpose === 'tagging' || b.purpose === 'classifying') && b.type === 'SpecificResource'
    && b.source && !/\/api\/v1\/(members|actors)\//.test(b.source)).map((b) => b.source!);
}

/** One passage of a relation: its document (null when the source names none), span, quote when known, and target index. */
export interface End { document: number | null; start: number; end: number; quote?: string; index: number }
const ends = new WeakMap<Annotation, End[]>();

/** A relation's passages (two or more targets) with a position, in order, its own first; empty for any other annotation. */
export function endsOf(a: Annotation): End[] {
  let known = ends.get(a);
  if (!known) {
    const targets = targetsOf(a);
    known = targets.length < 2 ? [] : targets.flatMap((t, index): End[] => {
      const selectors = t.selector ? ([] as Selector[]).concat(t.selector) : [];
      const p = selectors.find((s) => s.type === 'TextPositionSelector');
      if (p?.start == null || p.end == null) return [];
      const doc = /\/api\/v1\/documents\/(\d+)$/.exec(t.source ?? '');
      return [{ document: doc ? Number(doc[1]) : null, start: p.start, end: p.end, index,
        quote: selectors.find((s) => s.type === 'TextQuoteSelector')?.exact }];
    });
    ends.set(a, known);
  }
  return known;
}

/** Which target of a relation placeOn chose for the document being read (0 for any other annotation). */
export const placedAt = (a: Annotation): number => here.get(a) ?? 0;

/** The concept that types a relation (its classifying body), or null. */
export function relationTypeOf(a: Annotation): string | null {
  return bodiesOf(a).find((b) => b.purpose === 'classifying' && b.source)?.source ?? null;
}

export function selectorsOf(a: Annotation): Selector[] {
  const t = targetsOf(a)[here.get(a) ?? 0];
  return t?.selector ? ([] as Selector[]).concat(t.selector) : [];
}

const positions = new WeakMap<Annotation, { start: number; end: number } | null>();

/** Code-point offsets of the passage, or null (a reply, an orphan without position). Read once per annotation object. */
export function positionOf(a: Annotation): { start: number; end: number } | null {
  let known = positions.get(a);
  if (known === undefined) {
    const p = selectorsOf(a).find((s) => s.type === 'TextPositionSelector');
    known = p?.start != null && p.end != null ? { start: p.start, end: p.end } : null;
    positions.set(a, known);
  }
  return known;
}

/**
 * The position of an annotation of one target known where it was built (a compact item, reader/compact.ts):
 * positionOf and endsOf then need not read its target (thousands of lookups as a page lands).
 */
export function knownPosition(a: Annotation, position: { start: number; end: number } | null) {
  positions.set(a, position);
  ends.set(a, []);
}

export function quoteOf(a: Annotation): string | undefined {
  return selectorsOf(a).find((s) => s.type === 'TextQuoteSelector')?.exact;
}

/** The uuid of the annotation a reply answers (its target is the parent's IRI), or null. */
export function parentOf(a: Annotation): string | null {
  if (a.motivation !== 'replying') return null;
  const t = targetsOf(a)[0];
  return t?.source && /\/annotations\/[^/]+$/.test(t.source) ? uuidOf(t.source) : null;
}

/** Same annotation, whether named by IRI or path. */
export const same = (a: string, b: string) => uuidOf(a) === uuidOf(b);

export function commentOf(a: Annotation): Body | undefined {
  return bodiesOf(a).find((b) => b.type === 'TextualBody' && b.purpose !== 'tagging' && b.value != null);
}

export function tagsOf(a: Annotation): string[] {
  return bodiesOf(a).filter((b) => b.purpose === 'tagging' && b.value).map((b) => b.value!);
}

/** Actor ids linked by the annotation (SpecificResource or bare IRI bodies pointing at an actor). */
export function actorsOf(a: Annotation): number[] {
  return bodiesOf(a).map((b) => actorIdOf(b.source ?? b.id)).filter((id): id is number => id !== null);
}

/** User names the annotation mentions (member bodies: SpecificResource, purpose tagging, the member's IRI). */
export function mentionsOf(a: Annotation): string[] {
  return bodiesOf(a).map((b) => /\/api\/v1\/members\/([^/?#]+)$/.exec(b.source ?? b.id ?? '')?.[1])
    .filter((m): m is string => !!m).map(decodeURIComponent);
}

export function creatorName(a: Annotation): string {
  const c = a.creator;
  if (!c) return '';
  if (typeof c === 'string') return uuidOf(c);
  return c.name ?? c.nickname ?? (c.id ? uuidOf(c.id) : '');
}

/** Whether the signed-in person created it (the creator's IRI ends with the username, or it names them). */
export function isOwn(a: Annotation, user: { username: string; name?: string }): boolean {
  const c = a.creator;
  if (!c) return false;
  if (typeof c === 'string') return uuidOf(c) === user.username;
  return [c.nickname, c.name, c.id ? uuidOf(c.id) : undefined].some((v) => v && (v === user.username || v === user.name));
}

/** Highlight-free annotations: replies thread under their parent. Rejected ones are the curators' business. */
export function isPassage(a: Annotation): boolean {
  return a.motivation !== 'replying' && a.status !== 'rejected' && a.anchorState !== 'orphaned' && positionOf(a) !== null;
}

/** The page's origin, read once: location.origin is a DOM call, and IRIs are built for thousands of annotations. */
export const pageOrigin = location.origin;
export const documentIri = (id: number) => `${pageOrigin}/api/v1/documents/${id}`;
export const actorIri = (id: number) => `${pageOrigin}/api/v1/actors/${id}`;

function bodyOf(draft: Draft): Body[] {
  const body: Body[] = [];
  if (draft.comment.trim()) body.push({ type: 'TextualBody', value: draft.comment, format: 'text/markdown', purpose: 'commenting' });
  for (const tag of draft.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  for (const actor of draft.actors) body.push({ type: 'SpecificResource', source: actorIri(actor.id), purpose: 'identifying' });
  for (const concept of draft.concepts ?? []) body.push({ type: 'SpecificResource', source: concept, purpose: 'tagging' });
  return body;
}

/** A new passage annotation: both selectors, positions in code points of the document's latest text. */
export function passageAnnotation(documentId: number, passage: Passage, draft: Draft) {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', motivation: draft.motivation,
    visibility: draft.visibility, body: bodyOf(draft),
    target: { source: documentIri(documentId), selector: [passage.quote, passage.position] },
  };
}

/** A reply: motivation replying, the parent annotation's IRI as target, the same visibility. */
export function replyAnnotation(parent: Annotation, comment: string) {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', motivation: 'replying',
    visibility: parent.visibility ?? 'team',
    body: [{ type: 'TextualBody', value: comment, format: 'text/markdown', purpose: 'commenting' }],
    target: parent.id,
  };
}

/** The stored annotation with the editor's changes (target, id and the server's fields kept). */
export function edited(a: Annotation, draft: Draft) {
  const kept = bodiesOf(a).filter((b) => !(b.type === 'TextualBody' && (b.purpose === 'tagging' || b.purpose === 'commenting'))
    && actorIdOf(b.source ?? b.id) === null && !(b.purpose === 'tagging' && b.source && conceptsOf(a).includes(b.source)));
  return { ...a, '@context': 'http://www.w3.org/ns/anno.jsonld', motivation: draft.motivation, visibility: draft.visibility,
    body: [...kept, ...bodyOf(draft)] };
}

export function draftOf(a: Annotation, names: Map<number, string>): Draft {
  return {
    motivation: a.motivation ?? 'commenting', visibility: a.visibility ?? 'team', comment: commentOf(a)?.value ?? '',
    tags: tagsOf(a), actors: actorsOf(a).map((id) => ({ id, name: names.get(id) ?? `#${id}` })),
    concepts: conceptsOf(a).filter((iri) => bodiesOf(a).some((b) => b.source === iri && b.purpose === 'tagging')),
  };
}

/** Items of a container answer (AnnotationCollection with embedded first page, AnnotationPage, or an array). */
function itemsOf(json: any): Annotation[] {
  return (json?.first?.items ?? json?.items ?? (Array.isArray(json) ? json : [])) as Annotation[];
}

const ACCEPT = 'application/ld+json, application/json';
const PREFER = 'return=representation;include="http://www.w3.org/ns/oa#PreferContainedDescriptions"';

/** The visible annotations of a document (one page of up to 1000), optionally of one status. */
export async function listAnnotations(documentId: number, status?: Status): Promise<Annotation[]> {
  const q = new URLSearchParams({ document: String(documentId), size: '1000' });
  if (status) q.set('status', status);
  const r = await request(`/api/v1/annotations/?${q}`, { accept: ACCEPT, headers: { Prefer: PREFER } });
  const json = await r.json();
  let items = itemsOf(json);
  // A collection that did not embed its first page: fetch it.
  if (!items.length && typeof json?.first === 'string' && json.total > 0) {
    const path = new URL(json.first, pageOrigin);
    items = itemsOf(await (await request(path.pathname + path.search, { accept: ACCEPT })).json());
  }
  return items.map((a) => placeOn(a, documentId));
}

export async function getAnnotation(iri: string): Promise<{ annotation: Annotation; etag: string }> {
  const r = await request(`/api/v1/annotations/${uuidOf(iri)}`, { accept: ACCEPT });
  return { annotation: await r.json() as Annotation, etag: r.headers.get('ETag') ?? '' };
}

export async function createAnnotation(annotation: unknown): Promise<Annotation> {
  const r = await request('/api/v1/annotations/', {
    method: 'POST', body: JSON.stringify(annotation), accept: ACCEPT, headers: { 'Content-Type': ANNOTATION_TYPE } });
  return r.json() as Promise<Annotation>;
}

export async function replaceAnnotation(iri: string, etag: string, annotation: unknown): Promise<{ annotation: Annotation; etag: string }> {
  const r = await request(`/api/v1/annotations/${uuidOf(iri)}`, {
    method: 'PUT', body: JSON.stringify(annotation), accept: ACCEPT, headers: { 'Content-Type': ANNOTATION_TYPE, 'If-Match': etag } });
  return { annotation: await r.json() as Annotation, etag: r.headers.get('ETag') ?? '' };
}

export async function deleteAnnotation(iri: string, etag: string): Promise<void> {
  await request(`/api/v1/annotations/${uuidOf(iri)}`, { method: 'DELETE', headers: { 'If-Match': etag } });
}

/** Curators: accept or reject many at once, all or nothing. */
export async function setStatus(iris: string[], status: 'accepted' | 'rejected'): Promise<number> {
  const r = await sendJson<{ updated: number }>('POST', '/api/v1/annotations/status', { ids: iris.map(uuidOf), status });
  return r.updated;
}

export async function runSuggestions(documentId: number): Promise<{ created: number; skipped: number }> {
  return sendJson('POST', `/api/v1/documents/${documentId}/suggestions`, {});
}

export async function listOrphans(documentId: number): Promise<Annotation[]> {
  return itemsOf(await (await request(`/api/v1/documents/${documentId}/orphans`, { accept: ACCEPT })).json());
}

/** 412: someone changed (or deleted) the annotation since it was read. */
export const isStale = (e: unknown) => e instanceof ApiError && e.status === 412;
