import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { getJson, query, type Page } from '../api';
import { errorView, LightElement } from '../base';
import { formatNumber, lang, t } from '../i18n';
import { href, type Route } from '../router';
import { claimsOf, type Claim } from '../curation';
import { claimFacts, verdictBadge } from './claim-parts';

Chart.register(LineController, LineElement, PointElement, BarController, BarElement, LinearScale, CategoryScale, Legend, Tooltip);

interface Indicator { code: string; nameEn?: string; nameFr?: string; unit?: string; source?: string }
interface Observation { period: string; value: number | string | null; country?: string; counterpart?: string | null; sex?: string }

@customElement('corridor-indicators')
export class IndicatorsView extends LightElement {
  @property({ attribute: false }) route!: Route;
  @state() private catalogue: Indicator[] = [];
  @state() private observations: Observation[] | null = null;
  @state() private error: unknown = null;
  /** The main partner countries of the latest period with bilateral values (remittances: where they come from or go). */
  @state() private destinations: Observation[] = [];
  /** With ?document=: the figures that document states, with their verdicts. */
  @state() private claims: Claim[] | null = null;
  @state() private claimsError: unknown = null;
  @state() private docTitle = '';
  private documentId: number | null = null;
  private code = '';
  private country = 'MLI';
  private chart: Chart | null = null;
  private bars: Chart | null = null;

  connectedCallback(): void {
    super.connectedCallback();
    this.code = this.route?.query.get('code') ?? '';
    this.country = this.route?.query.get('country') ?? 'MLI';
    const doc = Number(this.route?.query.get('document'));
    this.documentId = Number.isInteger(doc) && doc > 0 ? doc : null;
    if (this.documentId) this.loadClaims(this.documentId);
    this.load();
  }

  disconnectedCallback(): void {
    this.chart?.destroy();
    this.bars?.destroy();
    super.disconnectedCallback();
  }

  private name(i: Indicator) {
    return (lang() === 'en' ? i.nameEn : i.nameFr) || i.nameEn || i.nameFr || i.code;
  }

  private async load() {
    try {
      this.catalogue = (await getJson<Page<Indicator>>('/api/v1/indicators?size=100')).items;
      if (!this.code && this.catalogue.length) this.code = this.catalogue[0].code;
      if (this.code) await this.loadSeries();
    } catch (e) {
      this.error = e;
    }
  }

  private async loadClaims(id: number) {
    const doc = await getJson<{ title?: string; version?: { fileName?: string } }>(`/api/v1/documents/${id}`).catch(() => null);
    this.docTitle = doc?.title ?? '';
    try {
      this.claims = await claimsOf(id, doc?.version?.fileName);
    } catch (e) {
      this.claimsError = e;
    }
  }

  /** A claim's series: its indicator for its country. */
  private showSeries(c: Claim) {
    this.code = c.indicator;
    this.country = c.country;
    history.replaceState(null, '', href(`/indicators${query({ document: this.documentId, code: this.code, country: this.country })}`));
    this.loadSeries();
  }

  private claimsSection() {
    if (this.documentId === null) return null;
    const claims = this.claims ?? [];
    return html`<section class="panel" aria-labelledby="doc-claims-title" data-testid="document-claims">
      <h2 id="doc-claims-title">${t('claims.ofDocument')} ${this.docTitle
        ? html`<a href=${href(`/documents/${this.documentId}`)}>${this.docTitle}</a>` : html`#${this.documentId}`}</h2>
      ${errorView(this.claimsError)}
      ${this.claims === null ? (this.claimsError ? null : html`<p>${t('loading')}</p>`) : claims.length ? html`
        <ul class="cards">${claims.map((c) => html`<li class="card" data-testid="claim">
          <p>${verdictBadge(c)} ${c.quote ? html`<span class="quote">« ${c.quote} »</span>` : null}</p>
          ${claimFacts(c)}
          <button type="button" class="secondary" @click=${() => this.showSeries(c)}>${t('claims.showSeries')} ${c.indicator} · ${c.country}</button>
        </li>`)}</ul>` : html`<p>${t('claims.none')}</p>`}
    </section>`;
  }

  private async loadSeries() {
    this.error = null;
    try {
      const page = await getJson<Page<Observation>>(
        `/api/v1/indicators/${encodeURIComponent(this.code)}/observations${query({ country: this.country, counterpart: 'none' })}`);
      this.observations = [...page.items].sort((a, b) => a.period.localeCompare(b.period));
      // Bilateral values are optional: an indicator without them simply has no destinations chart.
      this.destinations = await getJson<Observation[]>(
        `/api/v1/indicators/${encodeURIComponent(this.code)}/counterparts${query({ country: this.country, limit: 10 })}`)
        .then((list) => (Array.isArray(list) ? list.filter((o) => o.counterpart && o.value !== null) : []))
        .catch(() => []);
      await this.updateComplete;
      this.draw();
      this.drawDestinations();
    } catch (e) {
      this.observations = null;
      this.error = e;
    }
  }

  private draw() {
    const canvas = this.querySelector('#series') as HTMLCanvasElement | null;
    if (!canvas || !this.observations) return;
    this.chart?.destroy();
    const indicator = this.catalogue.find((i) => i.code === this.code);
    this.chart = new Chart(canvas, {
      type: 'line',
      data: {
        labels: this.observations.map((o) => o.period),
        datasets: [{ label: `${indicator ? this.name(indicator) : this.code} — ${this.country}`,
          data: this.observations.map((o) => (o.value === null ? null : Number(o.value))), borderColor: '#0b4f8a', backgroundColor: '#0b4f8a', spanGaps: true }],
      },
      options: { animation: false, responsive: true, maintainAspectRatio: false,
        scales: { y: { ticks: { callback: (v) => formatNumber(Number(v)) } } } },
    });
  }

  private drawDestinations() {
    const canvas = this.querySelector('#destinations') as HTMLCanvasElement | null;
    this.bars?.destroy();
    this.bars = null;
    if (!canvas || !this.destinations.length) return;
    this.bars = new Chart(canvas, {
      type: 'bar',
      data: {
        labels: this.destinations.map((o) => o.counterpart ?? ''),
        datasets: [{ label: `${t('indicators.destinations')} — ${this.country} (${this.destinations[0].period})`,
          data: this.destinations.map((o) => Number(o.value)), backgroundColor: '#0b4f8a' }],
      },
      options: { indexAxis: 'y', animation: false, responsive: true, maintainAspectRatio: false,
        scales: { x: { ticks: { callback: (v) => formatNumber(Number(v)) } } } },
    });
  }

  private submit(e: Event) {
    e.preventDefault();
    const form = new FormData(e.target as HTMLFormElement);
    this.code = String(form.get('code') ?? '');
    this.country = String(form.get('country') ?? '').toUpperCase();
    history.replaceState(null, '', href(`/indicators${query({ document: this.documentId, code: this.code, country: this.country })}`));
    this.loadSeries();
  }

  render() {
    const indicator = this.catalogue.find((i) => i.code === this.code);
    return html`
      <h1 tabindex="-1">${t('indicators.title')}</h1>
      <form class="search" @submit=${this.submit}>
        <label>${t('indicators.choose')}
          <select name="code" .value=${this.code}>${this.catalogue.map((i) => html`<option value=${i.code} ?selected=${i.code === this.code}>${this.name(i)}</option>`)}</select></label>
        <label>${t('indicators.country')} <input name="country" .value=${this.country} size="4" maxlength="3" pattern="[A-Za-z]{3}"></label>
        <button type="submit">${t('indicators.show')}</button>
      </form>
      ${this.claimsSection()}
      ${errorView(this.error)}
      ${indicator ? html`<p class="meta">${indicator.code} · ${indicator.unit ?? ''} · ${indicator.source ?? ''}</p>` : null}
      ${this.observations ? html`
        <figure class="chart">
          <div class="chart-box"><canvas id="series" role="img" aria-label="${t('indicators.chart')} ${indicator ? this.name(indicator) : ''} ${this.country}"></canvas></div>
          <figcaption>${t('indicators.chart')}</figcaption>
        </figure>
        <details><summary>${t('indicators.table')}</summary>
          <table class="data"><thead><tr><th scope="col">${t('indicators.period')}</th><th scope="col">${t('indicators.value')}</th></tr></thead>
          <tbody>${this.observations.map((o) => html`<tr><td>${o.period}</td><td class="num">${o.value === null ? '—' : formatNumber(Number(o.value))}</td></tr>`)}</tbody></table>
        </details>` : null}
      ${this.destinations.length ? html`
        <figure class="chart" data-testid="destinations">
          <div class="chart-box"><canvas id="destinations" role="img" aria-label="${t('indicators.destinationsLabel')} (${this.country}, ${this.destinations[0].period})"></canvas></div>
          <figcaption>${t('indicators.destinations')} — ${this.destinations[0].period}</figcaption>
        </figure>
        <details><summary>${t('indicators.destinations')} : ${t('indicators.table').toLowerCase()}</summary>
          <table class="data"><thead><tr><th scope="col">${t('indicators.counterpart')}</th><th scope="col">${t('indicators.value')}</th></tr></thead>
          <tbody>${this.destinations.map((o) => html`<tr><td>${o.counterpart}</td><td class="num">${formatNumber(Number(o.value))}</td></tr>`)}</tbody></table>
        </details>` : null}`;
  }
}
