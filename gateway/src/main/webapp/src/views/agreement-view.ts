import { html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { getJson } from '../api';
import { errorView, LightElement } from '../base';
import { agreementOf, alphaBand, kappaBand, type Agreement } from '../curation';
import { formatNumber, lang, t, tx } from '../i18n';
import { href } from '../router';

/** A coefficient with three decimals in the reader's language, or a dash when undefined. */
function coefficient(v: number | null): string {
  if (v === null || Number.isNaN(v)) return '—';
  return new Intl.NumberFormat(lang() === 'en' ? 'en-GB' : 'fr-FR', { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(v);
}

/** A stretch where annotators split on a category. */
interface Disagreement { start: number; end: number; quote: string; markedBy: string[]; unmarkedBy: string[] }
/** Per category, the measures INCEpTION reports (GET …/agreement, categories). */
interface CategoryAgreement {
  category: string; units: number; fleissKappa: number | null; gwetAc1: number | null; krippendorffAlpha: number | null;
  unitizingAlpha: number | null; disagreementCount: number; disagreements: Disagreement[];
}
interface Measures extends Agreement { length: number; categories: CategoryAgreement[] }

const MEASURES = ['fleissKappa', 'gwetAc1', 'krippendorffAlpha', 'unitizingAlpha'] as const;

/**
 * How far the annotators of one document agree on which passages name which actors and carry which
 * tags (GET /api/v1/documents/{id}/agreement): Krippendorff's alpha over everyone, Cohen's kappa per
 * pair, the units compared, each figure with its reading in plain words.
 */
@customElement('corridor-agreement')
export class AgreementView extends LightElement {
  @property({ type: Number }) documentId = 0;
  @state() private agreement: Measures | null = null;
  @state() private docTitle = '';
  @state() private error: unknown = null;

  connectedCallback(): void {
    super.connectedCallback();
    getJson<{ title?: string }>(`/api/v1/documents/${this.documentId}`).then((d) => { this.docTitle = d.title ?? ''; }).catch(() => undefined);
    agreementOf(this.documentId).then((a) => { this.agreement = a as Measures; }).catch((e) => { this.error = e; });
  }

  private summary(a: Agreement) {
    if (a.annotators.length < 2) return html`<p class="note" data-testid="agreement-reading">${t('agreement.tooFew')}</p>`;
    const band = alphaBand(a.krippendorffAlpha);
    return html`
      <dl class="facts figures">
        <dt>${t('agreement.alpha')}</dt>
        <dd><strong class="figure band-${band}" data-testid="agreement-alpha">${coefficient(a.krippendorffAlpha)}</strong></dd>
        <dt>${t('agreement.units')}</dt><dd data-testid="agreement-units">${formatNumber(a.units)}</dd>
        <dt>${t('agreement.annotators')}</dt><dd data-testid="agreement-annotators">${a.annotators.join(', ')}</dd>
        <dt>${t('agreement.labels')}</dt>
        <dd>${a.labels.map((l) => html`<span class="chip ${l.startsWith('tag:') ? 'tag' : 'actor'}">${l}</span>`)}</dd>
        <dt>${t('agreement.version')}</dt><dd>${a.version}</dd>
      </dl>
      <p class="reading" data-testid="agreement-reading">${tx(`agreement.alpha.${band}`)}</p>`;
  }

  private pairs(a: Agreement) {
    if (!a.pairs.length) return null;
    return html`
      <table class="data" data-testid="agreement-pairs">
        <caption>${t('agreement.pairs')}</caption>
        <thead><tr><th scope="col">${t('agreement.pair')}</th><th scope="col" class="num">${t('agreement.kappa')}</th>
          <th scope="col" class="num">${t('agreement.units')}</th><th scope="col">${t('agreement.reading')}</th></tr></thead>
        <tbody>${a.pairs.map((p) => {
          const band = kappaBand(p.cohenKappa);
          return html`<tr data-testid="agreement-pair" data-annotators=${p.annotators.join(' ')}>
            <th scope="row">${p.annotators.join(' × ')}</th>
            <td class="num" data-testid="pair-kappa">${coefficient(p.cohenKappa)}</td>
            <td class="num" data-testid="pair-units">${formatNumber(p.units)}</td>
            <td>${tx(`agreement.kappa.${band}`)}</td></tr>`;
        })}</tbody>
      </table>`;
  }

  /** One table: a row per category, a column per measure. */
  private categories(a: Measures) {
    if (!a.categories?.length || a.annotators.length < 2) return null;
    return html`
      <table class="data" data-testid="agreement-categories">
        <caption>${t('agreement.categories')}</caption>
        <thead><tr><th scope="col">${t('agreement.category')}</th>
          ${MEASURES.map((m) => html`<th scope="col" class="num">${t(`agreement.measure.${m}`)}</th>`)}
          <th scope="col" class="num">${t('agreement.disagreements')}</th></tr></thead>
        <tbody>${a.categories.map((c) => html`<tr data-testid="agreement-category" data-category=${c.category}>
          <th scope="row"><span class="chip ${c.category.startsWith('tag:') ? 'tag' : 'actor'}">${c.category}</span></th>
          ${MEASURES.map((m) => html`<td class="num" data-testid=${`category-${m}`}>${coefficient(c[m])}</td>`)}
          <td class="num">${formatNumber(c.disagreementCount)}</td></tr>`)}</tbody>
      </table>
      <ul class="meta">${MEASURES.map((m) => html`<li><strong>${t(`agreement.measure.${m}`)}</strong> — ${t(`agreement.measureHelp.${m}`)}</li>`)}</ul>`;
  }

  /** Where the annotators split, per category, each stretch quoted and linked to the reader. */
  private disagreements(a: Measures) {
    const split = (a.categories ?? []).filter((c) => c.disagreements.length);
    if (!split.length) return null;
    return html`${split.map((c) => html`
      <h3>${c.category} <span class="meta">(${formatNumber(c.disagreementCount)})</span></h3>
      <ul class="disagreements" data-testid="agreement-disagreements" data-category=${c.category}>
        ${c.disagreements.map((d) => html`<li data-testid="agreement-disagreement">
          <a href=${href(`/documents/${this.documentId}`)}>${d.start}–${d.end}</a> “${d.quote}” —
          ${t('agreement.markedBy')} ${d.markedBy.join(', ')} ; ${t('agreement.unmarkedBy')} ${d.unmarkedBy.join(', ')}</li>`)}
      </ul>
      ${c.disagreementCount > c.disagreements.length ? html`<p class="meta">${t('agreement.moreDisagreements')}</p>` : null}`)}`;
  }

  render() {
    const a = this.agreement;
    return html`
      <p><a href=${href(`/documents/${this.documentId}`)}>← ${t('review.backToReader')}</a>
        · <a href=${href(`/documents/${this.documentId}/review`)}>${t('review.link')}</a></p>
      <h1 tabindex="-1">${t('agreement.title')}${this.docTitle ? html` — <span>${this.docTitle}</span>` : null}</h1>
      <p class="meta">${t('agreement.help')}</p>
      ${errorView(this.error)}
      ${a ? html`
        <section class="panel" aria-labelledby="agreement-overall" data-testid="agreement">
          <h2 id="agreement-overall">${t('agreement.overall')}</h2>
          ${this.summary(a)}
        </section>
        ${a.pairs.length ? html`<section class="panel" aria-labelledby="agreement-pairs-title">
          <h2 id="agreement-pairs-title">${t('agreement.pairs')}</h2>
          <p class="meta">${t('agreement.kappaHelp')}</p>
          ${this.pairs(a)}
        </section>` : null}
        ${this.categories(a) ? html`<section class="panel" aria-labelledby="agreement-categories-title">
          <h2 id="agreement-categories-title">${t('agreement.categories')}</h2>
          ${this.categories(a)}
        </section>` : null}
        ${this.disagreements(a) ? html`<section class="panel" aria-labelledby="agreement-disagreements-title">
          <h2 id="agreement-disagreements-title">${t('agreement.disagreements')}</h2>
          <p class="meta">${t('agreement.disagreementsHelp')}</p>
          ${this.disagreements(a)}
        </section>` : null}` : this.error ? null : html`<p aria-live="polite">${t('loading')}</p>`}`;
  }
}

declare global {
  interface HTMLElementTagNameMap { 'corridor-agreement': AgreementView }
}
