import { html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { ApiError, getJson, query, upload, type CurrentUser, type Page, type Problem } from '../api';
import { errorView, LightElement } from '../base';
import { formatDate, t } from '../i18n';
import { sanitizeSnippet } from '../markdown';
import { href, type Route } from '../router';

interface DocumentItem { id: number; title?: string; kind?: string; language?: string; date?: string; tags?: string[]; authors?: string[]; createdBy?: string; createdAt?: string }
interface SearchHit { source?: string; document: DocumentItem; version?: number; rank?: number; snippet?: string; start?: number; end?: number }
/** gte: the search ranks a bounded number of matches and total is a lower bound (there are more). */
type SearchPage = Page<SearchHit> & { totalRelation?: 'eq' | 'gte' };

const KINDS = ['academic_article', 'policy_briefing', 'official_communique', 'white_paper', 'country_factsheet', 'press_article', 'interview', 'dataset_note', 'other'];
const PAGE_SIZE = 20;

@customElement('corridor-library')
export class LibraryView extends LightElement {
  @property({ attribute: false }) user!: CurrentUser;
  @property({ attribute: false }) route!: Route;
  @state() private documents: Page<DocumentItem> | null = null;
  @state() private hits: SearchPage | null = null;
  @state() private error: unknown = null;
  @state() private loading = false;
  @state() private progress: number | null = null;
  @state() private uploadProblem: Problem | null = null;
  @state() private uploadMessage = '';

  private filters = { q: '', kind: '', language: '', from: '', to: '', tag: '', actor: '' };
  private page = 0;

  connectedCallback(): void {
    super.connectedCallback();
    for (const k of Object.keys(this.filters) as (keyof typeof this.filters)[]) this.filters[k] = this.route?.query.get(k) ?? '';
    this.load();
  }

  private async load() {
    this.loading = true;
    this.error = null;
    const { q, ...filters } = this.filters;
    const params = { ...filters, page: this.page, size: PAGE_SIZE };
    try {
      if (q.trim()) {
        this.hits = await getJson<SearchPage>(`/api/v1/search${query({ q, ...params })}`);
        this.documents = null;
      } else {
        this.documents = await getJson<Page<DocumentItem>>(`/api/v1/documents${query(params)}`);
        this.hits = null;
      }
    } catch (e) {
      this.error = e;
    } finally {
      this.loading = false;
    }
  }

  private submitSearch(e: Event) {
    e.preventDefault();
    const form = new FormData(e.target as HTMLFormElement);
    for (const k of Object.keys(this.filters) as (keyof typeof this.filters)[]) this.filters[k] = String(form.get(k) ?? '');
    this.page = 0;
    history.replaceState(null, '', href(`/library${query(this.filters)}`));
    this.load();
  }

  private turn(delta: number) {
    this.page = Math.max(0, this.page + delta);
    this.load();
  }

  private async submitUpload(e: Event) {
    e.preventDefault();
    const formElement = e.target as HTMLFormElement;
    const raw = new FormData(formElement);
    const file = raw.get('file');
    if (!(file instanceof File) || !file.name) return;
    const form = new FormData();
    form.append('file', file, file.name);
    const title = String(raw.get('title') ?? '').trim();
    if (title) form.append('title', title);
    for (const key of ['kind', 'language']) {
      const v = String(raw.get(key) ?? '');
      if (v) form.append(key, v);
    }
    for (const tag of String(raw.get('tags') ?? '').split(',').map((s) => s.trim()).filter(Boolean)) form.append('tags', tag);
    this.uploadProblem = null;
    this.uploadMessage = '';
    this.progress = 0;
    try {
      const result = await upload('/api/v1/documents', form, (f) => { this.progress = f; });
      const doc = result.body as DocumentItem | null;
      this.uploadMessage = result.status === 200 ? t('upload.existing') : t('upload.done');
      formElement.reset();
      await this.load();
      if (doc?.id) location.hash = href(`/documents/${doc.id}`);
    } catch (err) {
      this.uploadProblem = err instanceof ApiError ? err.problem : { status: 0, detail: String(err) };
    } finally {
      this.progress = null;
    }
  }

  private filterFields() {
    const f = this.filters;
    return html`
      <fieldset class="filters">
        <legend>${t('library.filters')}</legend>
        <label>${t('library.kind')}
          <select name="kind">
            <option value="">${t('library.any')}</option>
            ${KINDS.map((k) => html`<option value=${k} ?selected=${f.kind === k}>${k.replace(/_/g, ' ')}</option>`)}
          </select></label>
        <label>${t('library.language')}
          <select name="language">
            <option value="">${t('library.any')}</option>
            <option value="fr" ?selected=${f.language === 'fr'}>français</option>
            <option value="en" ?selected=${f.language === 'en'}>English</option>
          </select></label>
        <label>${t('library.from')} <input name="from" .value=${f.from} placeholder="2016" size="10" pattern="\\d{4}(-\\d{2}(-\\d{2})?)?"></label>
        <label>${t('library.to')} <input name="to" .value=${f.to} placeholder="2023-06" size="10" pattern="\\d{4}(-\\d{2}(-\\d{2})?)?"></label>
        <label>${t('library.tag')} <input name="tag" .value=${f.tag} size="12"></label>
        <label>${t('library.actor')} <input name="actor" .value=${f.actor} size="8" inputmode="numeric" placeholder="id"></label>
      </fieldset>`;
  }

  private documentRow(d: DocumentItem, hit?: SearchHit) {
    return html`
      <li class="card" data-testid="document">
        <h3><a href=${href(`/documents/${d.id}`)}>${d.title || `#${d.id}`}</a></h3>
        <p class="meta">
          ${d.kind ? html`<span class="chip">${d.kind.replace(/_/g, ' ')}</span>` : null}
          ${d.language ? html`<span class="chip" lang="en">${d.language}</span>` : null}
          ${d.date ? html`<span>${d.date}</span>` : null}
          ${d.authors?.length ? html`<span>${d.authors.join(', ')}</span>` : null}
          ${d.createdBy ? html`<span>${d.createdBy}, ${formatDate(d.createdAt)}</span>` : null}
          ${(d.tags ?? []).map((tag) => html`<span class="chip tag">#${tag}</span>`)}
        </p>
        ${hit?.snippet ? html`<p class="snippet" data-testid="snippet">${unsafeHTML(sanitizeSnippet(hit.snippet))}</p>` : null}
      </li>`;
  }

  private results() {
    if (this.loading) return html`<p aria-live="polite">${t('loading')}</p>`;
    const page = this.hits ?? this.documents;
    if (!page) return null;
    const items = this.hits ? this.hits.items.map((h) => this.documentRow(h.document, h)) : this.documents!.items.map((d) => this.documentRow(d));
    const last = Math.max(0, Math.ceil(page.total / PAGE_SIZE) - 1);
    return html`
      <p aria-live="polite" class="count">${this.hits?.totalRelation === 'gte' ? `${t('library.moreThan')} ` : ''}${page.total} ${this.hits ? t('library.results') : t('library.documents')}</p>
      ${items.length ? html`<ul class="cards" aria-label=${t('library.title')}>${items}</ul>` : html`<p>${t('empty')}</p>`}
      ${last > 0 ? html`
        <nav class="pager" aria-label=${t('library.page')}>
          <button type="button" ?disabled=${this.page === 0} @click=${() => this.turn(-1)}>${t('library.previous')}</button>
          <span>${t('library.page')} ${this.page + 1} / ${last + 1}</span>
          <button type="button" ?disabled=${this.page >= last} @click=${() => this.turn(1)}>${t('library.next')}</button>
        </nav>` : null}`;
  }

  private uploadForm() {
    if (!this.user.roles.includes('annotator')) return null;
    const p = this.uploadProblem;
    return html`
      <section class="panel" aria-labelledby="upload-title">
        <h2 id="upload-title">${t('upload.title')}</h2>
        <form @submit=${this.submitUpload} data-testid="upload-form">
          <label>${t('upload.file')} <input type="file" name="file" required
            accept=".pdf,.docx,.odt,.html,.htm,.txt,.md,application/pdf,text/plain,text/html"></label>
          <label>${t('upload.docTitle')} <input name="title" maxlength="500"></label>
          <label>${t('library.kind')}
            <select name="kind"><option value="">—</option>${KINDS.map((k) => html`<option value=${k}>${k.replace(/_/g, ' ')}</option>`)}</select></label>
          <label>${t('library.language')}
            <select name="language"><option value="">—</option><option value="fr">français</option><option value="en">English</option></select></label>
          <label>${t('upload.tags')} <input name="tags"></label>
          <button type="submit" ?disabled=${this.progress !== null}>${t('upload.submit')}</button>
        </form>
        ${this.progress !== null ? html`
          <progress max="1" .value=${this.progress} aria-label=${t('upload.progress')}></progress>
          <span aria-live="polite">${Math.round(this.progress * 100)} %</span>` : null}
        ${this.uploadMessage ? html`<p class="ok" role="status">${this.uploadMessage}</p>` : null}
        ${p ? html`
          <div class="alert" role="alert" data-testid="upload-problem">
            <strong>${t('upload.refused')} (${p.status})</strong> : ${p.detail || p.title}
            ${p.errors?.length ? html`<ul>${p.errors.map((v) => html`<li>${v.field ?? v.row ?? ''} ${v.message ?? ''}</li>`)}</ul>` : null}
          </div>` : null}
      </section>`;
  }

  render() {
    return html`
      <h1 tabindex="-1">${t('library.title')}</h1>
      <div class="columns">
        <section class="grow">
          <form role="search" class="search" @submit=${this.submitSearch}>
            <label class="wide">${t('library.search')}
              <input type="search" name="q" .value=${this.filters.q} placeholder="réadmission -Espagne"></label>
            <button type="submit">${t('library.searchButton')}</button>
            ${this.filterFields()}
          </form>
          ${errorView(this.error)}
          ${this.results()}
        </section>
        <aside class="side">${this.uploadForm()}</aside>
      </div>`;
  }
}
