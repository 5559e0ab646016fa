import { html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { query as queryString, type Page } from '../api';
import { errorView, LightElement, pager } from '../base';
import { formatDate, formatNumber, t, tx } from '../i18n';
import { href, type Route } from '../router';
import { ASSIGNMENT_STATES, workload, type WorkloadItem } from '../workflow';

interface Filters { document: string; assignee: string; state: string }

/** Curators: who has which document, in which state, with how many annotations; filtered, kept in the address. */
@customElement('corridor-workload')
export class WorkloadView extends LightElement {
  @property({ attribute: false }) route!: Route;
  @state() private page: Page<WorkloadItem> | null = null;
  @state() private error: unknown = null;
  @state() private at = 0;
  private filters: Filters = { document: '', assignee: '', state: '' };

  willUpdate(changed: Map<string, unknown>) {
    if (changed.has('route')) {
      const q = this.route.query;
      this.filters = { document: q.get('document') ?? '', assignee: q.get('assignee') ?? '', state: q.get('state') ?? '' };
      this.at = 0;
      this.load();
    }
  }

  private async load() {
    try {
      this.page = await workload(this.filters, this.at);
      this.error = null;
    } catch (e) {
      this.error = e;
    }
  }

  private submit(e: Event) {
    e.preventDefault();
    const form = new FormData(e.target as HTMLFormElement);
    const next = { document: String(form.get('document') ?? '').trim(), assignee: String(form.get('assignee') ?? '').trim(),
      state: String(form.get('state') ?? '') };
    location.hash = `/workload${queryString(next)}`;
  }

  render() {
    const p = this.page;
    const f = this.filters;
    return html`
      <h1 tabindex="-1">${t('workload.title')}</h1>
      <form class="filters" @submit=${this.submit} data-testid="workload-filters">
        <label>${t('workload.document')} <input name="document" inputmode="numeric" pattern="[0-9]*" .value=${f.document}></label>
        <label>${t('workload.assignee')} <input name="assignee" .value=${f.assignee} data-testid="filter-assignee"></label>
        <label>${t('workload.state')} <select name="state" data-testid="filter-state">
          <option value="">${t('library.any')}</option>
          ${ASSIGNMENT_STATES.map((s) => html`<option value=${s} ?selected=${f.state === s}>${tx(`assignment.${s}`)}</option>`)}</select></label>
        <button type="submit">${t('workload.filter')}</button>
      </form>
      ${errorView(this.error)}
      ${!p ? html`<p aria-live="polite">${t('loading')}</p>` : !p.items.length ? html`<p class="meta" data-testid="workload-empty">${t('empty')}</p>` : html`
        <table class="data" data-testid="workload">
          <caption>${formatNumber(p.total)} ${t('workload.rows')}</caption>
          <thead><tr><th scope="col">${t('workload.document')}</th><th scope="col">${t('workload.documentState')}</th>
            <th scope="col">${t('workload.assignee')}</th><th scope="col">${t('workload.state')}</th>
            <th scope="col">${t('workload.annotations')}</th><th scope="col">${t('workload.assignedAt')}</th></tr></thead>
          <tbody>${p.items.map((w) => html`<tr data-testid="workload-row" data-document=${w.documentId} data-assignee=${w.assignee} data-state=${w.state}>
            <td><a href=${href(`/documents/${w.documentId}`)}>${w.title ?? `Document ${w.documentId}`}</a></td>
            <td>${tx(`docstate.${w.documentState}`)}</td>
            <td>${w.assignee}</td>
            <td><span class="chip state-${w.state}" data-testid="workload-state">${tx(`assignment.${w.state}`)}</span></td>
            <td class="num" data-testid="workload-count">${formatNumber(w.annotations)}</td>
            <td>${formatDate(w.assignedAt)}</td></tr>`)}</tbody>
        </table>`}
      ${p ? pager(this.at, p.total, p.size, (n) => { this.at = n; this.load(); }) : null}`;
  }
}

declare global {
  interface HTMLElementTagNameMap { 'corridor-workload': WorkloadView }
}
