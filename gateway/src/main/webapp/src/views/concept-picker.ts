import { html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { LightElement } from '../base';
import { t } from '../i18n';
import { labelOf, matches, tree, vocabularies, type Placed, type Vocabulary } from '../vocabularies';

/**
 * The concept tags of an annotation: the readable vocabularies as trees (broader above narrower, indented), a
 * search over preferred and alternative labels in both languages and notations (a match shows its broader
 * concepts too, so it is seen in place), and a checkbox per concept. Fires concepts-change with the chosen IRIs.
 * Hidden when the caller may read no vocabulary.
 */
@customElement('corridor-concept-picker')
export class ConceptPicker extends LightElement {
  @property({ attribute: false }) value: string[] = [];
  @state() private all: Vocabulary[] = [];
  @state() private query = '';

  connectedCallback() {
    super.connectedCallback();
    vocabularies().then((list) => { this.all = list.filter((v) => v.concepts?.length); }).catch(() => { this.all = []; });
  }

  private toggle(iri: string, on: boolean) {
    this.value = on ? [...this.value.filter((x) => x !== iri), iri] : this.value.filter((x) => x !== iri);
    this.dispatchEvent(new CustomEvent('concepts-change', { detail: this.value, bubbles: true, composed: true }));
  }

  /** The concepts shown for the query: the matches and their broader ones, in tree order. */
  private shown(v: Vocabulary): Placed[] {
    const all = tree(v);
    if (!this.query.trim()) return all;
    const byIri = new Map(all.map((p) => [p.concept.iri, p.concept]));
    const keep = new Set<string>();
    const up = (iri: string, n = 0) => {
      if (keep.has(iri) || n > 50) return;
      keep.add(iri);
      byIri.get(iri)?.broader.forEach((b) => up(b, n + 1));
    };
    all.filter((p) => matches(p.concept, this.query.trim())).forEach((p) => up(p.concept.iri));
    return all.filter((p) => keep.has(p.concept.iri));
  }

  render() {
    if (!this.all.length) return null;
    return html`
      <fieldset class="concept-picker" data-testid="concept-picker">
        <legend>${t('concepts.title')}</legend>
        <input type="search" data-testid="concept-search" aria-label=${t('concepts.search')} placeholder=${t('concepts.search')}
          .value=${this.query} @input=${(e: Event) => { this.query = (e.target as HTMLInputElement).value; }}>
        ${this.all.map((v) => {
          const shown = this.shown(v);
          return html`<div class="concept-tree" role="group" aria-label=${v.title}>
            <p class="meta small">${v.title}</p>
            <ul style="list-style:none;margin:0;padding:0">${shown.map((p) => html`<li style=${`padding-left:${p.depth * 1.2}em`}>
              <label><input type="checkbox" data-testid="concept-option" data-iri=${p.concept.iri}
                .checked=${this.value.includes(p.concept.iri)}
                @change=${(e: Event) => this.toggle(p.concept.iri, (e.target as HTMLInputElement).checked)}>
                ${p.concept.notation ? html`<span class="meta">${p.concept.notation}</span> ` : null}${labelOf(p.concept)}</label></li>`)}
            </ul>
            ${shown.length ? null : html`<p class="meta small">${t('concepts.none')}</p>`}
          </div>`;
        })}
      </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap { 'corridor-concept-picker': ConceptPicker }
}
