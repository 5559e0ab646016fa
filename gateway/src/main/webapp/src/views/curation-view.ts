import { html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { getJson } from '../api';
import { ActingElement, errorView } from '../base';
import { acceptVersion, curationOf, mergeAgreed, type Curation, type CurationUnit, type CurationVersion, type MergeResult, type UnitState } from '../curation';
import { formatNumber, t } from '../i18n';
import { href } from '../router';

const STATES: UnitState[] = ['agreed', 'disagreed', 'single', 'curated'];

/**
 * Curation of one document into its curated layer, as INCEpTION's curators do it (GET /api/v1/documents/{id}/curation):
 * a row per unit (stretch the annotators marked) with its quote, a column per annotator showing their version, the
 * unit's state and its curated version. The curator accepts one version of a unit, or auto-merges every unit on which
 * all annotators agree; counts per state at the top, a filter by state.
 */
@customElement('corridor-curation')
export class CurationView extends ActingElement {
  @property({ type: Number }) documentId = 0;
  @state() private curation: Curation | null = null;
  @state() private docTitle = '';
  @state() private filter: UnitState | '' = '';
  @state() private merged: MergeResult | null = null;

  connectedCallback(): void {
    super.connectedCallback();
    getJson<{ title?: string }>(`/api/v1/documents/${this.documentId}`).then((d) => { this.docTitle = d.title ?? ''; }).catch(() => undefined);
    this.load();
  }

  protected load() {
    return curationOf(this.documentId).then((c) => { this.curation = c; this.error = null; }).catch((e) => { this.error = e; });
  }


  private merge() {
    return this.run(async () => { this.merged = await mergeAgreed(this.documentId); });
  }

  private accept(v: CurationVersion) {
    return this.run(() => acceptVersion(this.documentId, v.annotation));
  }

  private version(v: CurationVersion, unit: CurationUnit, acceptable: boolean) {
    const taken = unit.curated.some((c) => c.labels.join() === v.labels.join() && c.start === v.start && c.end === v.end);
    return html`<div class="curation-version" data-testid="curation-version" data-annotation=${v.annotation} data-creator=${v.creator}>
      <div>${v.labels.length ? v.labels.map((l) => html`<span class="chip ${l.startsWith('actor:') ? 'actor' : 'tag'}">${l}</span>`)
        : html`<span class="meta">${v.motivation}</span>`}</div>
      <div class="meta">${v.start}–${v.end}${v.quote !== unit.quote ? html` “${v.quote}”` : null}</div>
      ${v.comment ? html`<div class="meta">${v.comment}</div>` : null}
      ${acceptable ? html`<button type="button" class=${taken ? 'secondary' : ''} ?disabled=${this.busy} data-testid="curation-accept"
        aria-label=${`${taken ? t('curation.taken') : t('curation.accept')} — ${v.creator}, ${unit.start}–${unit.end}`} @click=${() => this.accept(v)}>${taken ? `✓ ${t('curation.taken')}` : t('curation.accept')}</button>` : null}
    </div>`;
  }

  private row(unit: CurationUnit, annotators: string[]) {
    return html`<tr data-testid="curation-unit" data-state=${unit.state} data-start=${unit.start} data-end=${unit.end}>
      <th scope="row"><a href=${href(`/documents/${this.documentId}`)}>${unit.start}–${unit.end}</a> “${unit.quote}”</th>
      <td><span class="chip state-${unit.state}" data-testid="curation-state">${t(`curation.state.${unit.state}`)}</span></td>
      ${annotators.map((a) => {
        const mine = unit.versions.filter((v) => v.creator === a);
        return html`<td data-annotator=${a}>${mine.length ? mine.map((v) => this.version(v, unit, true)) : html`<span class="meta">—</span>`}</td>`;
      })}
      <td data-testid="curation-curated">${unit.curated.length ? unit.curated.map((v) => this.version(v, unit, false)) : html`<span class="meta">—</span>`}</td>
    </tr>`;
  }

  private table(c: Curation) {
    const units = c.units.filter((u) => !this.filter || u.state === this.filter);
    if (!units.length) return html`<p class="meta">${t('curation.none')}</p>`;
    return html`<div class="table-wrap"><table class="data curation" data-testid="curation-units">
      <caption>${t('curation.units')}</caption>
      <thead><tr><th scope="col">${t('curation.passage')}</th><th scope="col">${t('curation.stateColumn')}</th>
        ${c.annotators.map((a) => html`<th scope="col">${a}</th>`)}<th scope="col">${t('curation.curatedColumn')}</th></tr></thead>
      <tbody>${units.map((u) => this.row(u, c.annotators))}</tbody>
    </table></div>`;
  }

  render() {
    const c = this.curation;
    return html`
      <p><a href=${href(`/documents/${this.documentId}`)}>← ${t('review.backToReader')}</a>
        · <a href=${href(`/documents/${this.documentId}/agreement`)}>${t('agreement.link')}</a></p>
      <h1 tabindex="-1">${t('curation.title')}${this.docTitle ? html` — <span>${this.docTitle}</span>` : null}</h1>
      <p class="meta">${t('curation.help')}</p>
      ${errorView(this.error)}
      ${c ? html`
        <section class="panel" aria-labelledby="curation-overall" data-testid="curation">
          <h2 id="curation-overall">${t('curation.overall')}</h2>
          <dl class="facts figures" data-testid="curation-counts">
            ${STATES.map((s) => html`<dt>${t(`curation.state.${s}`)}</dt><dd data-testid=${`curation-count-${s}`}>${formatNumber(c.counts[s])}</dd>`)}
            <dt>${t('agreement.annotators')}</dt><dd>${c.annotators.join(', ')}</dd>
          </dl>
          <p><button type="button" ?disabled=${this.busy} data-testid="curation-merge" @click=${() => this.merge()}>${t('curation.merge')}</button></p>
          ${this.merged ? html`<p role="status" data-testid="curation-merged">${t('curation.merged')} ${formatNumber(this.merged.merged)}
            · ${t('curation.skipped')} ${formatNumber(this.merged.skipped)} · ${t('curation.left')} ${formatNumber(this.merged.disagreed)}</p>` : null}
        </section>
        <section class="panel" aria-labelledby="curation-units-title">
          <h2 id="curation-units-title">${t('curation.units')}</h2>
          <p><label>${t('curation.filter')}
            <select data-testid="curation-filter" @change=${(e: Event) => { this.filter = (e.target as HTMLSelectElement).value as UnitState | ''; }}>
              <option value="" ?selected=${!this.filter}>${t('curation.all')}</option>
              ${STATES.map((s) => html`<option value=${s} ?selected=${this.filter === s}>${t(`curation.state.${s}`)}</option>`)}
            </select></label></p>
          ${this.table(c)}
        </section>` : this.error ? null : html`<p aria-live="polite">${t('loading')}</p>`}`;
  }
}

declare global {
  interface HTMLElementTagNameMap { 'corridor-curation': CurationView }
}
