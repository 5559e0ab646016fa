// Pages of the compact container read off the main thread. A worker (compactWorker.ts) fetches a page,
// parses it and shapes its items as annotations; the main thread, which renders the text meanwhile, gets
// the page in one message instead of reading and parsing ~0.2 MB of JSON in tasks between the text's
// slices. Whatever the worker does not answer with a page (an error, an expired session, a browser that
// cannot start it) is asked again through api.ts's request(), which reports it as every call does.
import { request } from '../api';
import type { Annotation } from '../annotations';
import { compactForm, shapeOf, type Span } from './compact';

export interface CompactPage { total: number; items: Annotation[] }
interface Answer { id: number; page?: CompactPage }

let worker: Worker | null | undefined;
const waiting = new Map<number, (answer: Answer) => void>();
let asked = 0;

/** The worker, started on first use (null when it cannot be: every page is then read here). */
function pageWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new Worker(new URL('./compactWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<Answer>) => { waiting.get(e.data.id)?.(e.data); waiting.delete(e.data.id); };
    // its script failed to load or run: what it was asked is asked here, and so is everything after
    worker.onerror = () => {
      worker?.terminate();
      worker = null;
      for (const [id, resolve] of waiting) resolve({ id });
      waiting.clear();
    };
  } catch {
    worker = null;
  }
  return worker;
}

/** Starts the worker ahead of the pages it will read (its script loads meanwhile). */
export function startPageWorker() {
  pageWorker();
}

/**
 * A page read on the main thread, quietly: null on any failure. For a page asked while the main thread
 * is idle anyway (the first, at start-up: it lands before the text), where the worker's start would only
 * delay it.
 */
export async function readHere(path: string): Promise<CompactPage | null> {
  try {
    const response = await fetch(path, { headers: { Accept: 'application/json', 'X-Requested-With': 'JavaScript' },
      credentials: 'same-origin', redirect: 'manual' });
    return response.ok ? pageOf(await response.json()) : null;
  } catch {
    return null;
  }
}

const pageOf = (json: { total: number; items?: Span[] }): CompactPage =>
  ({ total: Number(json.total), items: (json.items ?? []).map((s) => compactForm(shapeOf(s))) });

/** A page read by the worker, or null if it could not (nothing is reported: see readPage). */
export async function readInWorker(path: string): Promise<CompactPage | null> {
  const w = pageWorker();
  if (!w) return null;
  const id = asked++;
  const answer = await new Promise<Answer>((resolve) => {
    waiting.set(id, resolve);
    w.postMessage({ id, url: new URL(path, location.href).href });
  });
  return answer.page ? { total: answer.page.total, items: answer.page.items.map(compactForm) } : null;
}

/** A page of the compact container: by the worker, else here (errors reported as by any request). */
export async function readPage(path: string): Promise<CompactPage> {
  const page = await readInWorker(path);
  if (page) return page;
  return pageOf(await (await request(path)).json());
}
