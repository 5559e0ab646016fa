// Hash routes (#/library, #/documents/12, ...): the gateway serves one index.html and never needs
// to know the client's paths.
export interface Route { name: string; params: Record<string, string>; query: URLSearchParams }

const patterns: [string, RegExp][] = [
  ['library', /^\/?(?:library)?$/],
  ['document', /^\/documents\/(?<id>\d+)$/],
  ['review', /^\/documents\/(?<id>\d+)\/review$/],
  ['agreement', /^\/documents\/(?<id>\d+)\/agreement$/],
  ['curation', /^\/documents\/(?<id>\d+)\/curation$/],
  ['relations', /^\/relations$/],
  ['actors', /^\/actors$/],
  ['actor', /^\/actors\/(?<id>\d+)$/],
  ['indicators', /^\/indicators$/],
  ['inbox', /^\/inbox$/],
  ['moderation', /^\/moderation$/],
  ['workload', /^\/workload$/],
];

export function currentRoute(): Route {
  const raw = decodeURIComponent(location.hash.replace(/^#/, ''));
  const [path, search] = raw.split('?', 2);
  for (const [name, re] of patterns) {
    const m = re.exec(path);
    if (m) return { name, params: { ...(m.groups ?? {}) }, query: new URLSearchParams(search ?? '') };
  }
  return { name: 'notFound', params: {}, query: new URLSearchParams() };
}

export function href(path: string): string {
  return `#${path}`;
}
