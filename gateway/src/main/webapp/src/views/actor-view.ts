import cytoscape from 'cytoscape';
import { html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { getJson } from '../api';
import { errorView, LightElement } from '../base';
import { t } from '../i18n';
import { href } from '../router';

interface PartialDateish { toString(): string }
interface Actor {
  id: number; name: string; kind?: string; family?: string; country?: string; status?: string; description?: string;
  aliases?: string[]; acronyms?: string[]; names?: { language?: string; name?: string }[];
  start?: PartialDateish | null; end?: PartialDateish | null; wikidata?: string;
}
interface ActorRef { id: number; name: string }
interface Relation { id: number; subject: ActorRef; predicate: string; object: ActorRef; role?: string; start?: PartialDateish | null; end?: PartialDateish | null; status?: string; confidence?: number }
interface NetworkNode { id: number; label: string; kind?: string; depth?: number }
interface NetworkEdge { id: number; source: number; target: number; predicate?: string }
interface Network { centre: number; nodes: NetworkNode[]; edges: NetworkEdge[] }

const period = (s?: PartialDateish | null, e?: PartialDateish | null) => (s || e ? `${s ?? '…'} – ${e ?? '…'}` : '');

@customElement('corridor-actor')
export class ActorView extends LightElement {
  @property({ type: Number }) actorId = 0;
  @state() private actor: Actor | null = null;
  @state() private relations: Relation[] | null = null;
  @state() private network: Network | null = null;
  @state() private error: unknown = null;
  @state() private relationsError: unknown = null;
  @state() private networkError: unknown = null;
  @state() private depth = 1;
  private graph: cytoscape.Core | null = null;

  connectedCallback(): void {
    super.connectedCallback();
    this.load();
  }

  disconnectedCallback(): void {
    this.graph?.destroy();
    super.disconnectedCallback();
  }

  private async load() {
    const base = `/api/v1/actors/${this.actorId}`;
    try {
      this.actor = await getJson<Actor>(base);
    } catch (e) {
      this.error = e;
      return;
    }
    getJson<Relation[]>(`${base}/relations`).then((r) => { this.relations = r; }, (e) => { this.relationsError = e; });
    this.loadNetwork();
  }

  private async loadNetwork() {
    try {
      this.network = await getJson<Network>(`/api/v1/actors/${this.actorId}/network?depth=${this.depth}`);
      this.networkError = null;
      await this.updateComplete;
      this.draw();
    } catch (e) {
      this.networkError = e;
    }
  }

  private draw() {
    const container = this.querySelector('#network') as HTMLElement | null;
    if (!container || !this.network) return;
    this.graph?.destroy();
    const ids = new Set(this.network.nodes.map((n) => n.id));
    this.graph = cytoscape({
      container,
      elements: [
        ...this.network.nodes.map((n) => ({ data: { id: `a${n.id}`, label: n.label, actor: n.id, centre: n.id === this.network!.centre ? 1 : 0 } })),
        ...this.network.edges.filter((e) => ids.has(e.source) && ids.has(e.target))
          .map((e) => ({ data: { id: `r${e.id}`, source: `a${e.source}`, target: `a${e.target}`, label: (e.predicate ?? '').replace(/_/g, ' ') } })),
      ],
      style: [
        { selector: 'node', style: { label: 'data(label)', 'font-size': 11, color: '#1b1b1b', 'text-wrap': 'wrap', 'text-max-width': '120px', 'background-color': '#0b4f8a', width: 18, height: 18 } },
        { selector: 'node[centre = 1]', style: { 'background-color': '#a3320b', width: 26, height: 26 } },
        { selector: 'edge', style: { label: 'data(label)', 'font-size': 9, color: '#444', width: 1.5, 'line-color': '#6b7785', 'target-arrow-color': '#6b7785', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier' } },
      ],
      layout: { name: 'cose', animate: false },
      maxZoom: 1.5, // a small network must not fill the box with giant nodes
    });
    this.graph.on('tap', 'node', (e) => {
      const id = e.target.data('actor');
      if (id !== this.actorId) location.hash = href(`/actors/${id}`);
    });
  }

  private changeDepth(e: Event) {
    this.depth = Number((e.target as HTMLSelectElement).value);
    this.loadNetwork();
  }

  render() {
    const a = this.actor;
    if (!a) return html`<h1 tabindex="-1">${t('actors.title')}</h1>${this.error ? errorView(this.error) : html`<p>${t('loading')}</p>`}`;
    const aliases = [...(a.acronyms ?? []), ...(a.aliases ?? []), ...(a.names ?? []).map((n) => n.name ?? '')].filter(Boolean);
    return html`
      <p><a href=${href('/actors')}>← ${t('actors.title')}</a></p>
      <h1 tabindex="-1" data-testid="actor-name">${a.name}</h1>
      <dl class="facts">
        ${a.kind ? html`<dt>${t('actor.kind')}</dt><dd>${a.kind.replace(/_/g, ' ')}</dd>` : null}
        ${a.country ? html`<dt>${t('actor.country')}</dt><dd>${a.country}</dd>` : null}
        ${a.status ? html`<dt>${t('actor.status')}</dt><dd>${a.status}</dd>` : null}
        ${a.start || a.end ? html`<dt>${t('actor.period')}</dt><dd>${period(a.start, a.end)}</dd>` : null}
        ${a.description ? html`<dt>${t('actor.description')}</dt><dd>${a.description}</dd>` : null}
      </dl>
      <section aria-labelledby="aliases-title"><h2 id="aliases-title">${t('actor.aliases')}</h2>
        ${aliases.length ? html`<p>${aliases.map((s) => html`<span class="chip">${s}</span> `)}</p>` : html`<p>${t('empty')}</p>`}</section>
      <section aria-labelledby="relations-title"><h2 id="relations-title">${t('actor.relations')}</h2>
        ${errorView(this.relationsError)}
        ${this.relations ? (this.relations.length ? html`<ol class="timeline">${[...this.relations]
          .sort((x, y) => String(x.start ?? '').localeCompare(String(y.start ?? '')))
          .map((r) => html`<li><span class="when">${period(r.start, r.end)}</span>
            <a href=${href(`/actors/${r.subject.id}`)}>${r.subject.name}</a> <em>${r.predicate.replace(/_/g, ' ')}</em>
            <a href=${href(`/actors/${r.object.id}`)}>${r.object.name}</a>${r.role ? html` (${r.role})` : null}
            ${r.status && r.status !== 'accepted' ? html`<span class="chip">${r.status}</span>` : null}</li>`)}</ol>`
          : html`<p>${t('empty')}</p>`) : null}</section>
      <section aria-labelledby="network-title"><h2 id="network-title">${t('actor.network')}</h2>
        <label>${t('actor.depth')} <select @change=${this.changeDepth}>${[1, 2, 3].map((d) => html`<option ?selected=${d === this.depth}>${d}</option>`)}</select></label>
        ${errorView(this.networkError)}
        <div id="network" class="network" role="img" aria-label=${t('actor.networkLabel')}></div>
        ${this.network ? html`<details><summary>${this.network.nodes.length} / ${this.network.edges.length}</summary>
          <ul>${this.network.nodes.map((n) => html`<li><a href=${href(`/actors/${n.id}`)}>${n.label}</a></li>`)}</ul></details>` : null}
      </section>`;
  }
}
