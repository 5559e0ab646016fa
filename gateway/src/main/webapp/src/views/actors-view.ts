import { html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { getJson, query, type Page } from '../api';
import { errorView, LightElement } from '../base';
import { t } from '../i18n';
import { href, type Route } from '../router';

export interface ActorItem { id: number; name: string; kind?: string; country?: string; status?: string; family?: string; acronyms?: string[] }

@customElement('corridor-actors')
export class ActorsView extends LightElement {
  @property({ attribute: false }) route!: Route;
  @state() private actors: Page<ActorItem> | null = null;
  @state() private error: unknown = null;
  private q = '';

  connectedCallback(): void {
    super.connectedCallback();
    this.q = this.route?.query.get('q') ?? '';
    this.load();
  }

  private async load() {
    this.error = null;
    try {
      this.actors = await getJson<Page<ActorItem>>(`/api/v1/actors${query({ q: this.q, size: 50 })}`);
    } catch (e) {
      this.error = e;
    }
  }

  private search(e: Event) {
    e.preventDefault();
    this.q = String(new FormData(e.target as HTMLFormElement).get('q') ?? '');
    history.replaceState(null, '', href(`/actors${query({ q: this.q })}`));
    this.load();
  }

  render() {
    return html`
      <h1 tabindex="-1">${t('actors.title')}</h1>
      <form role="search" class="search" @submit=${this.search}>
        <label class="wide">${t('actors.search')} <input type="search" name="q" .value=${this.q} placeholder="HCME"></label>
        <button type="submit">${t('library.searchButton')}</button>
      </form>
      ${errorView(this.error)}
      ${this.actors ? html`
        <table class="data">
          <caption class="count">${this.actors.total} ${t('actors.title').toLowerCase()}</caption>
          <thead><tr><th scope="col">${t('actors.title')}</th><th scope="col">${t('actor.kind')}</th>
            <th scope="col">${t('actor.country')}</th><th scope="col">${t('actor.status')}</th></tr></thead>
          <tbody>${this.actors.items.map((a) => html`<tr>
            <td><a href=${href(`/actors/${a.id}`)}>${a.name}</a>${a.acronyms?.length ? html` <span class="meta">(${a.acronyms.join(', ')})</span>` : null}</td>
            <td>${(a.kind ?? '').replace(/_/g, ' ')}</td><td>${a.country ?? ''}</td><td>${a.status ?? ''}</td></tr>`)}</tbody>
        </table>` : null}`;
  }
}
