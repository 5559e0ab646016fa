// The team workflow's API (docs/workflow.md): members for mentions, notifications, flags and
// moderation, assignments, document states and the workload.
import { getJson, query, sendJson, type Page } from './api';
import { uuidOf, type Annotation, type Visibility } from './annotations';

export interface Member { id: string; username: string; name?: string }
export type NotificationType = 'mentioned' | 'replied' | 'assigned' | 'flagged' | 'hidden' | 'accepted' | 'rejected' | 'new_version';
export interface Notification {
  id: number; type: NotificationType; actor?: string; document?: string; annotation?: string; createdAt?: string; read: boolean;
}
export interface Flag {
  id: number; annotation: string; document?: string; flagger?: string; reason?: string; createdAt?: string;
  resolvedAt?: string; resolvedBy?: string; resolution?: string; hidden: boolean;
}
export type AssignmentState = 'new' | 'in_progress' | 'finished';
export const ASSIGNMENT_STATES: AssignmentState[] = ['new', 'in_progress', 'finished'];
export interface Assignment {
  document?: string; documentId: number; assignee: string; state: AssignmentState; allowed: AssignmentState[];
  assignedBy?: string; assignedAt?: string; stateBy?: string; stateAt?: string;
}
export interface Workflow { documentId: number; state: string; allowed: string[]; changedBy?: string; changedAt?: string }
export interface WorkloadItem {
  document?: string; documentId: number; title?: string; documentState?: string; assignee: string; state: AssignmentState;
  annotations: number; assignedBy?: string; assignedAt?: string; stateAt?: string;
}
export interface TeamModeration { team: string; premoderated: boolean; changedBy?: string; changedAt?: string }
export interface Moderation { hidden?: boolean; label?: string; by?: string; at?: string; reason?: string }

/** Who a mention being typed may name: the readers of a reply's thread, or of a new annotation so written. */
export type MemberScope = { annotation: string } | { visibility: Visibility; team?: string };

export function members(q: string, scope: MemberScope, size = 8): Promise<Member[]> {
  const where = 'annotation' in scope ? { annotation: uuidOf(scope.annotation) } : scope;
  return getJson<Member[]>(`/api/v1/members${query({ q, ...where, size })}`);
}

/** The user name a mention body names (its source is the member's IRI), or null for another body. */
export function memberOf(iri: string | undefined): string | null {
  const m = /\/api\/v1\/members\/([^/?#]+)$/.exec(iri ?? '');
  return m ? decodeURIComponent(m[1]) : null;
}

/** The numeric id at the end of a document IRI, or null. */
export function documentIdOf(iri: string | undefined): number | null {
  const m = /\/api\/v1\/documents\/(\d+)$/.exec(iri ?? '');
  return m ? Number(m[1]) : null;
}

export const moderationOf = (a: Annotation): Moderation | undefined => (a as Annotation & { moderation?: Moderation }).moderation;

export const unreadCount = async () => (await getJson<Page<Notification>>('/api/v1/notifications?unread=true&size=1')).total;
export const notifications = (page: number, unread: boolean) =>
  getJson<Page<Notification>>(`/api/v1/notifications${query({ page, size: 20, unread: unread ? 'true' : '' })}`);
export const markRead = (ids: number[] | 'all') =>
  sendJson<{ marked: number }>('POST', '/api/v1/notifications/read', ids === 'all' ? { all: true } : { ids });

export const flag = (annotation: string, reason: string) =>
  sendJson<Flag>('POST', `/api/v1/annotations/${uuidOf(annotation)}/flags`, { reason });
export const flagQueue = (state: 'open' | 'resolved' | 'all', page = 0) =>
  getJson<Page<Flag>>(`/api/v1/moderation/flags${query({ state, page, size: 50 })}`);
export const moderate = (annotation: string, hidden: boolean, reason: string) =>
  sendJson<unknown>('PUT', `/api/v1/annotations/${uuidOf(annotation)}/moderation`, { hidden, reason });
export const teamModeration = (team: string) => getJson<TeamModeration>(`/api/v1/teams/${encodeURIComponent(team)}/moderation`);
export const setTeamModeration = (team: string, premoderated: boolean) =>
  sendJson<TeamModeration>('PUT', `/api/v1/teams/${encodeURIComponent(team)}/moderation`, { premoderated });

export const assignments = (documentId: number) => getJson<Assignment[]>(`/api/v1/documents/${documentId}/assignments`);
export const assign = (documentId: number, username: string) =>
  sendJson<Assignment>('PUT', `/api/v1/documents/${documentId}/assignments/${encodeURIComponent(username)}`, undefined);
export const unassign = (documentId: number, username: string) =>
  sendJson<void>('DELETE', `/api/v1/documents/${documentId}/assignments/${encodeURIComponent(username)}`, undefined);
export const setOwnState = (documentId: number, state: AssignmentState) =>
  sendJson<Assignment>('PUT', `/api/v1/documents/${documentId}/state`, { state });
export const setStateOf = (documentId: number, username: string, state: AssignmentState) =>
  sendJson<Assignment>('PUT', `/api/v1/documents/${documentId}/assignments/${encodeURIComponent(username)}/state`, { state });
export const workflow = (documentId: number) => getJson<Workflow>(`/api/v1/documents/${documentId}/workflow`);
export const setWorkflow = (documentId: number, state: string) =>
  sendJson<Workflow>('PUT', `/api/v1/documents/${documentId}/workflow`, { state });
export const myAssignments = (state?: string) =>
  getJson<Page<WorkloadItem>>(`/api/v1/me/assignments${query({ state, size: 50 })}`);
export const workload = (filters: { document?: string; assignee?: string; state?: string }, page = 0) =>
  getJson<Page<WorkloadItem>>(`/api/v1/workload${query({ ...filters, page, size: 50 })}`);
