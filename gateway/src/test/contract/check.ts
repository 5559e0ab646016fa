// Compiled by PublicContractTest against the types openapi-typescript generates from the public contract: a
// client developer's first lines must type-check, and the operations they name must exist.
import type { components, operations, paths } from "./target/corridor-api";

type Annotation = components["schemas"]["Annotation"];
type AnnotationPage = components["schemas"]["AnnotationPage"];
type Document = components["schemas"]["Document"];
type Actor = components["schemas"]["Actor"];
type Problem = components["schemas"]["Problem"];

type ListAnnotations = operations["listAnnotations"];
type CreateAnnotation = operations["createAnnotation"];
type ListActors = operations["listActors"];
type ListDocuments = paths["/api/v1/documents"]["get"];

export function firstItem(page: AnnotationPage): Annotation | string | undefined {
  return page.items[0];
}

export function titleOf(document: Document): string | undefined {
  return document.title;
}

export function nameOf(actor: Actor): string {
  return actor.name;
}

export function describe(problem: Problem): string {
  return `${problem.status} ${problem.title}`;
}

export type Used = [ListAnnotations, CreateAnnotation, ListActors, ListDocuments];
