// The reader's first page of annotations, asked as the page starts: main.ts imports this module first, so that it is
// evaluated before the app's modules (lit, the views, the i18n tables), about 8 ms before main.ts's start() could ask
// it. With thousands of annotations that page is what the reader waits for longest.

/**
 * The compact form's largest page. Every page's statement sorts all the document's visible annotations: five
 * pages of 1,000 cost PostgreSQL five times 18 ms against 28 ms for one of 5,000, and the second to fifth could
 * be asked only once the first had brought the total (measured in session 33: bench/results/profiles/reader-tti-5000.md).
 */
export const PAGE_SIZE = 5000;

export const pagePath = (documentId: number, n: number) => {
  const q = new URLSearchParams({ document: String(documentId), size: String(PAGE_SIZE), form: 'compact' });
  if (n > 0) q.set('page', String(n));
  return `/api/v1/annotations/?${q}`;
};

/** Page 0 asked at start-up when the address opens a document, until the store takes it. */
let early: { documentId: number; response: Promise<Response | null> } | null = null;

/**
 * Page 0 of a document now. A failure (no session yet: the landing page shows) is left to the store's own request,
 * which reports a lost session, so this one stays silent.
 */
function prefetch(documentId: number) {
  const response = fetch(pagePath(documentId, 0), { headers: { Accept: 'application/json', 'X-Requested-With': 'JavaScript' },
    credentials: 'same-origin', redirect: 'manual' }).then((r) => (r.ok ? r : null), () => null);
  early = { documentId, response };
}

/**
 * The answer asked at start-up for this document's page 0 (null: not asked, already taken, or failed). The first
 * store to load takes or drops it: an answer kept for a document opened later would be stale by then.
 */
export function takeFirstPage(documentId: number): Promise<Response | null> | null {
  const asked = early;
  early = null;
  return asked?.documentId === documentId ? asked.response : null;
}

const reading = /^#\/documents\/(\d+)(?:\?|$)/.exec(location.hash);
if (reading) prefetch(Number(reading[1]));
