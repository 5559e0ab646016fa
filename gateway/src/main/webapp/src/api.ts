// Every call to /api/v1 goes through here: same-origin cookie, the session's CSRF token on writes,
// problem documents (RFC 9457) turned into ApiError, and a 401 turned into a "session expired" event.

export interface Violation { field?: string; row?: number; value?: string; message?: string }
export interface Problem { type?: string; title?: string; status: number; detail?: string; instance?: string; errors?: Violation[] }
export interface Page<T> { items: T[]; page: number; size: number; total: number }
export interface CurrentUser { username: string; name?: string; email?: string; roles: string[]; teams: string[]; csrfToken?: string | null }

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(describe(problem));
  }
  get status(): number { return this.problem.status; }
}

/** A problem as one readable line: its detail, and each field at fault. */
export function describe(problem: Problem): string {
  const parts = [problem.detail || problem.title || `HTTP ${problem.status}`];
  for (const v of problem.errors ?? []) {
    const where = v.field ?? (v.row != null ? `row ${v.row}` : '');
    parts.push(`${where ? where + ': ' : ''}${v.message ?? ''}`);
  }
  return parts.join(' — ');
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
let csrfToken: string | null = null;

export function setCsrfToken(token: string | null | undefined): void {
  csrfToken = token ?? null;
}

function headers(method: string, extra?: Record<string, string>): Record<string, string> {
  const h: Record<string, string> = { 'X-Requested-With': 'JavaScript', ...extra };
  if (UNSAFE.has(method) && csrfToken) h['X-CSRF-Token'] = csrfToken;
  return h;
}

async function problemOf(response: Response): Promise<Problem> {
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json')) {
    try {
      const body = await response.json();
      if (body && typeof body === 'object') return { status: response.status, ...body };
    } catch { /* not JSON after all */ }
  }
  return { status: response.status, title: response.statusText || `HTTP ${response.status}` };
}

function expired(): void {
  window.dispatchEvent(new CustomEvent('corridor:session-expired'));
}

export interface RequestOptions { method?: string; json?: unknown; body?: BodyInit; accept?: string; headers?: Record<string, string>; quiet401?: boolean }

export async function request(path: string, options: RequestOptions = {}, retried = false): Promise<Response> {
  const method = options.method ?? 'GET';
  const extra: Record<string, string> = { Accept: options.accept ?? 'application/json', ...options.headers };
  let body = options.body;
  if (options.json !== undefined) {
    extra['Content-Type'] = 'application/json';
    body = JSON.stringify(options.json);
  }
  let response: Response;
  try {
    response = await fetch(path, { method, body, headers: headers(method, extra), credentials: 'same-origin', redirect: 'manual' });
  } catch (e) {
    throw new ApiError({ status: 0, title: 'network', detail: String(e) });
  }
  // A redirect here can only be the identity provider's: the session is gone.
  if (response.type === 'opaqueredirect' || response.status === 401 || response.status === 499) {
    if (!options.quiet401) expired();
    throw new ApiError({ status: 401, title: 'Unauthorized', detail: 'session expired' });
  }
  if (response.status === 403 && UNSAFE.has(method) && !retried) {
    const problem = await problemOf(response.clone());
    if (problem.type === 'urn:corridor:problem:csrf') {
      // A new sign-in in another tab changed the token: fetch it again once.
      await loadCurrentUser();
      return request(path, options, true);
    }
  }
  if (!response.ok) throw new ApiError(await problemOf(response));
  return response;
}

export async function getJson<T>(path: string): Promise<T> {
  return (await request(path)).json() as Promise<T>;
}

export async function getText(path: string): Promise<string> {
  return (await request(path, { accept: 'text/plain' })).text();
}

export async function sendJson<T>(method: string, path: string, json: unknown): Promise<T> {
  const response = await request(path, { method, json });
  return response.status === 204 ? (undefined as T) : (response.json() as Promise<T>);
}

/** Who is signed in, or null (401): also refreshes the CSRF token. */
export async function loadCurrentUser(): Promise<CurrentUser | null> {
  try {
    const me = await (await request('/api/v1/me', { quiet401: true })).json() as CurrentUser;
    setCsrfToken(me.csrfToken);
    return me;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return null;
    throw e;
  }
}

export interface UploadResult { status: number; body: unknown }

/** Multipart upload with progress (fetch cannot report upload progress; XMLHttpRequest can). */
export function upload(path: string, form: FormData, onProgress: (fraction: number) => void): Promise<UploadResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    for (const [k, v] of Object.entries(headers('POST', { Accept: 'application/json' }))) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => { if (e.lengthComputable) onProgress(e.loaded / e.total); };
    xhr.onerror = () => reject(new ApiError({ status: 0, title: 'network', detail: 'the upload was interrupted' }));
    xhr.onload = () => {
      let body: unknown = null;
      try { body = JSON.parse(xhr.responseText); } catch { /* empty or not JSON */ }
      if (xhr.status === 401) {
        expired();
        reject(new ApiError({ status: 401, title: 'Unauthorized', detail: 'session expired' }));
      } else if (xhr.status >= 400) {
        const problem = (body && typeof body === 'object' ? body : {}) as Partial<Problem>;
        reject(new ApiError({ ...problem, status: xhr.status, title: problem.title ?? xhr.statusText }));
      } else {
        onProgress(1);
        resolve({ status: xhr.status, body });
      }
    };
    xhr.send(form);
  });
}

/** Query string from the non-empty values. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}
