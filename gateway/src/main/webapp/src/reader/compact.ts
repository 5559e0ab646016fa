// The container's compact form (GET /api/v1/annotations/?form=compact, docs/annotations.md): what the
// highlight layer and the side list need for thousands of annotations, a quarter of the W3C form's
// bytes. Each item becomes an Annotation carrying just that (a position selector, tagging and actor
// bodies, the parent as target, a relation's passages as targets), so that every helper of annotations.ts reads it as it reads the full
// form; the thread panel asks the full form at the annotation's IRI (AnnotationStore.complete).
import { actorIri, documentIri, knownPosition, pageOrigin, type Annotation, type Body, type Status, type Visibility } from '../annotations';

export interface Span {
  id: string; start?: number; end?: number; motivation: string; creator: string; status: Status; visibility: Visibility;
  anchorState?: 'anchored' | 'orphaned'; tags: string[]; actors: number[]; replyTo?: string; hidden?: boolean;
  /** A relation's passages, its own first (then placeOn picks the one on the document being read). */
  targets?: { document: number; start?: number; end?: number }[];
}

const positionSelector = (start?: number, end?: number) =>
  (start != null && end != null ? [{ type: 'TextPositionSelector', start, end }] : []);

/** Annotations built from compact items: not the full form (no comment, no quote). */
const partial = new WeakSet<Annotation>();

export const annotationIri = (uuid: string) => `${pageOrigin}/api/v1/annotations/${uuid}`;

export function fromSpan(s: Span): Annotation {
  const body: Body[] = s.tags.map((value) => ({ type: 'TextualBody', value, purpose: 'tagging' }));
  for (const id of s.actors) body.push({ type: 'SpecificResource', source: actorIri(id), purpose: 'identifying' });
  const a: Annotation = {
    id: annotationIri(s.id), type: 'Annotation', motivation: s.motivation, creator: { type: 'Person', name: s.creator, nickname: s.creator },
    status: s.status, visibility: s.visibility, anchorState: s.anchorState, body,
    target: s.replyTo ? annotationIri(s.replyTo)
      : s.targets?.length ? s.targets.map((t) => ({ source: documentIri(t.document), selector: positionSelector(t.start, t.end) }))
        : { selector: positionSelector(s.start, s.end) },
  };
  partial.add(a);
  if (!s.targets?.length) knownPosition(a, !s.replyTo && s.start != null && s.end != null ? { start: s.start, end: s.end } : null);
  return a;
}

/** Whether the annotation is only its compact form (read the full one before showing its thread). */
export const isPartial = (a: Annotation) => partial.has(a);
