// The worker of compactPages.ts: fetches a page of the compact container, parses it and shapes its items
// as annotations (compact.ts), then hands the page over in one message. Only a page is answered: for
// anything else (an error status, a redirect to the sign-in, a network failure) the answer is empty and
// the main thread asks again through api.ts, which reports it as every call does.
import { shapeOf, type Span } from './compact';

self.onmessage = async (e: MessageEvent<{ id: number; url: string }>) => {
  const { id, url } = e.data;
  try {
    const response = await fetch(url, { headers: { Accept: 'application/json', 'X-Requested-With': 'JavaScript' },
      credentials: 'same-origin', redirect: 'manual' });
    if (!response.ok) { self.postMessage({ id }); return; }
    const json = await response.json() as { total: number; items?: Span[] };
    self.postMessage({ id, page: { total: Number(json.total), items: (json.items ?? []).map(shapeOf) } });
  } catch {
    self.postMessage({ id });
  }
};
