import { html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { MOTIVATIONS, VISIBILITIES, type Draft, type Visibility } from '../annotations';
import { LightElement } from '../base';
import { t } from '../i18n';
import { renderMarkdown } from '../markdown';
import './actor-picker';
import './member-picker';
import './tag-picker';
import './concept-picker';
import type { PickedActor } from './actor-picker';

/** The fields of an annotation (new or edited): sanitized Markdown preview, tags, actors, motivation, visibility. */
@customElement('corridor-annotation-editor')
export class AnnotationEditor extends LightElement {
  @property({ attribute: false }) draft: Draft = { motivation: 'commenting', visibility: 'team', comment: '', tags: [], actors: [] };
  /** Tags already used on the document: suggestions when the server's list cannot be had. */
  @property({ attribute: false }) knownTags: string[] = [];
  @property() submitLabel = '';
  @property({ type: Boolean }) busy = false;
  @state() private comment = '';
  @state() private actors: PickedActor[] = [];
  @state() private concepts: string[] = [];
  /** The visibility chosen: who may be mentioned depends on it. */
  @state() private visibility: Visibility = 'team';

  willUpdate(changed: Map<string, unknown>) {
    if (changed.has('draft')) {
      this.comment = this.draft.comment;
      this.actors = this.draft.actors;
      this.concepts = this.draft.concepts ?? [];
      this.visibility = this.draft.visibility;
    }
  }

  private submit(e: Event) {
    e.preventDefault();
    const form = new FormData(e.target as HTMLFormElement);
    const draft: Draft = {
      motivation: String(form.get('motivation')),
      visibility: String(form.get('visibility')) as Visibility,
      comment: this.comment,
      tags: String(form.get('tags') ?? '').split(',').map((s) => s.trim()).filter(Boolean),
      actors: this.actors,
      concepts: this.concepts,
    };
    this.dispatchEvent(new CustomEvent('save', { detail: draft, bubbles: true, composed: true }));
  }

  private cancel() {
    this.dispatchEvent(new CustomEvent('cancel', { bubbles: true, composed: true }));
  }

  focusFirst() {
    (this.querySelector('textarea') as HTMLTextAreaElement | null)?.focus();
  }

  render() {
    const d = this.draft;
    return html`
      <form @submit=${this.submit} data-testid="annotation-form">
        <corridor-member-picker multiline name="comment" rows="4" label=${t('reader.comment')} .value=${this.comment}
          .scope=${{ visibility: this.visibility }}
          @value-change=${(e: CustomEvent<string>) => { this.comment = e.detail; }}></corridor-member-picker>
        ${this.comment ? html`<div class="preview markdown" aria-label=${t('reader.preview')} data-testid="comment-preview">
          ${unsafeHTML(renderMarkdown(this.comment))}</div>` : null}
        <corridor-tag-picker .value=${d.tags.join(', ')} .knownTags=${this.knownTags}></corridor-tag-picker>
        <corridor-concept-picker .value=${this.concepts}
          @concepts-change=${(e: CustomEvent<string[]>) => { this.concepts = e.detail; }}></corridor-concept-picker>
        <corridor-actor-picker .value=${this.actors}
          @actors-change=${(e: CustomEvent<PickedActor[]>) => { this.actors = e.detail; }}></corridor-actor-picker>
        <div class="two">
          <label>${t('reader.motivation')}
            <select name="motivation">${MOTIVATIONS.map((m) => html`<option value=${m} ?selected=${m === d.motivation}>${t(`motivation.${m}`)}</option>`)}</select></label>
          <label>${t('reader.visibility')}
            <select name="visibility" @change=${(e: Event) => { this.visibility = (e.target as HTMLSelectElement).value as Visibility; }}>${VISIBILITIES.map((v) => html`<option value=${v} ?selected=${v === d.visibility}>${t(`visibility.${v}`)}</option>`)}</select></label>
        </div>
        <div class="actions">
          <button type="submit" ?disabled=${this.busy}>${this.submitLabel || t('reader.save')}</button>
          <button type="button" class="secondary" @click=${this.cancel}>${t('annotation.cancel')}</button>
        </div>
      </form>`;
  }
}

declare global {
  interface HTMLElementTagNameMap { 'corridor-annotation-editor': AnnotationEditor }
}
