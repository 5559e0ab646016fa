import { html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { createAnnotation, documentIri, type Annotation } from '../annotations';
import { errorView, LightElement } from '../base';
import { t } from '../i18n';
import type { Passage } from '../selection';
import { labelOf, tree, vocabularies, type Vocabulary } from '../vocabularies';

/** The passage a relation starts from, kept for the session so that it may end in another document. */
interface Start { documentId: number; passage: Passage }
const KEY = 'corridor.relation.start';

function started(): Start | null {
  try {
    return JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Start | null;
  } catch {
    return null;
  }
}

/**
 * Drawing a relation between two passages (docs/vocabularies.md): on passage A, "Link to…" keeps A; on
 * passage B (this document or another), the type is picked among the vocabularies' concepts and the relation
 * is written: motivation linking, targets A and B, the type as a classifying body. Fires relation-saved.
 */
@customElement('corridor-relation-link')
export class RelationLink extends LightElement {
  @property({ type: Number }) documentId = 0;
  @property({ attribute: false }) passage: Passage | null = null;
  @state() private start: Start | null = started();
  @state() private types: Vocabulary[] = [];
  @state() private error: unknown = null;
  @state() private busy = false;

  connectedCallback() {
    super.connectedCallback();
    vocabularies().then((list) => { this.types = list.filter((v) => v.concepts?.length); }).catch(() => { this.types = []; });
  }

  private begin() {
    if (!this.passage) return;
    const start = { documentId: this.documentId, passage: this.passage };
    sessionStorage.setItem(KEY, JSON.stringify(start));
    this.start = start;
    this.dispatchEvent(new CustomEvent('relation-started', { bubbles: true, composed: true }));
  }

  private forget() {
    sessionStorage.removeItem(KEY);
    this.start = null;
  }

  private async create(e: Event) {
    e.preventDefault();
    if (!this.start || !this.passage) return;
    const type = String(new FormData(e.target as HTMLFormElement).get('type') ?? '');
    const target = (s: Start) => ({ source: documentIri(s.documentId), selector: [s.passage.quote, s.passage.position] });
    this.busy = true;
    this.error = null;
    try {
      const saved: Annotation = await createAnnotation({
        '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', motivation: 'linking', visibility: 'team',
        body: type ? [{ type: 'SpecificResource', source: type, purpose: 'classifying' }] : [],
        target: [target(this.start), target({ documentId: this.documentId, passage: this.passage })],
      });
      this.forget();
      this.dispatchEvent(new CustomEvent('relation-saved', { detail: saved, bubbles: true, composed: true }));
    } catch (err) {
      this.error = err;
    } finally {
      this.busy = false;
    }
  }

  render() {
    const s = this.start;
    const same = s && s.documentId === this.documentId && s.passage.position.start === this.passage?.position.start
      && s.passage.position.end === this.passage?.position.end;
    if (!s || same) {
      return html`<div class="relation-link">
        ${same ? html`<p class="meta small" role="status" data-testid="relation-pending">${t('relation.pending')}</p>` : null}
        <button type="button" class="secondary" data-testid="relation-start" @click=${this.begin} ?disabled=${!!same}>${t('relation.start')}</button>
      </div>`;
    }
    return html`<form class="relation-link" data-testid="relation-form" @submit=${this.create}>
      <p>${t('relation.from')} <q data-testid="relation-source">${s.passage.quote.exact}</q></p>
      <label>${t('relation.type')}
        <select name="type" data-testid="relation-type">
          <option value="">${t('relation.untyped')}</option>
          ${this.types.map((v) => html`<optgroup label=${v.title}>${tree(v).map((p) => html`<option value=${p.concept.iri}>
            ${'\u00a0\u00a0'.repeat(p.depth)}${labelOf(p.concept)}</option>`)}</optgroup>`)}
        </select></label>
      <div class="actions">
        <button type="submit" data-testid="relation-create" ?disabled=${this.busy}>${t('relation.create')}</button>
        <button type="button" class="secondary" @click=${this.forget}>${t('relation.cancel')}</button>
      </div>
      ${errorView(this.error)}
    </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap { 'corridor-relation-link': RelationLink }
}
