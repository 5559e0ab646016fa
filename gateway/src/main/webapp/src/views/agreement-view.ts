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

/**
 * How far the annotators of one document agree on which passages name which actors and carry which
 * tags (GET /api/v1/documents/{id}/agreement): Krippendorff's alpha over everyone, Cohen's kappa per
 * pair, the units compared, each figure with its reading in plain words.
 */
@customElement('corridor-agreement')
export class AgreementView extends LightElement {
  @property({ type: Number }) documentId = 0;
  @state() private agreement: Agreement | null = null;
  @state() private docTitle = '';
  @state() private error: unknown = null;

  connectedCallback(): void {
    super.connectedCallback();
    getJson<{ title?: string }>(`/api/v1/documents/${this.documentId}`).then((d) => { this.docTitle = d.title ?? ''; }).catch(() => undefined);
    agreementOf(this.documentId).then((a) => { this.agreement = a; }).catch((e) => { this.error = e; });
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
        </section>` : null}` : this.error ? null : html`<p aria-live="polite">${t('loading')}</p>`}`;
  }
}

declare global {
  interface HTMLElementTagNameMap { 'corridor-agreement': AgreementView }
}
