import { html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { getJson, type CurrentUser } from '../api';
import {
  actorsOf, creatorName, listAnnotations, listOrphans, positionOf, quoteOf, runSuggestions, setStatus, tagsOf, type Annotation,
} from '../annotations';
import { errorView, LightElement } from '../base';
import { formatDate, t, tx } from '../i18n';
import { href } from '../router';

/**
 * Curation of one document: the queue of proposed annotations (the suggester's actor mentions among
 * them) to accept or reject in bulk, a button that runs the suggester, and the orphans left by a new version.
 */
@customElement('corridor-review')
export class ReviewView extends LightElement {
  @property({ attribute: false }) user!: CurrentUser;
  @property({ type: Number }) documentId = 0;
  @state() private docTitle = '';
  @state() private proposed: Annotation[] | null = null;
  @state() private orphans: Annotation[] | null = null;
  @state() private chosen = new Set<string>();
  @state() private error: unknown = null;
  @state() private orphansError: unknown = null;
  @state() private message = '';
  @state() private busy = false;
  @state() private actorNames = new Map<number, string>();

  connectedCallback(): void {
    super.connectedCallback();
    getJson<{ title?: string }>(`/api/v1/documents/${this.documentId}`).then((d) => { this.docTitle = d.title ?? ''; }).catch(() => undefined);
    this.load();
  }

  private async load() {
    try {
      this.proposed = (await listAnnotations(this.documentId, 'proposed'))
        .filter((a) => a.status === 'proposed')
        .sort((a, b) => (positionOf(a)?.start ?? 0) - (positionOf(b)?.start ?? 0));
      this.chosen = new Set([...this.chosen].filter((id) => this.proposed!.some((a) => a.id === id)));
      this.error = null;
    } catch (e) {
      this.error = e;
    }
    try {
      this.orphans = await listOrphans(this.documentId);
      this.orphansError = null;
    } catch (e) {
      this.orphansError = e;
    }
    for (const id of new Set([...(this.proposed ?? []), ...(this.orphans ?? [])].flatMap(actorsOf))) {
      if (this.actorNames.has(id)) continue;
      getJson<{ name: string }>(`/api/v1/actors/${id}`)
        .then((a) => { this.actorNames = new Map(this.actorNames).set(id, a.name); }).catch(() => undefined);
    }
  }

  private toggle(id: string, on: boolean) {
    const next = new Set(this.chosen);
    if (on) next.add(id); else next.delete(id);
    this.chosen = next;
  }

  private toggleAll(on: boolean) {
    this.chosen = on ? new Set((this.proposed ?? []).map((a) => a.id)) : new Set();
  }

  private async decide(status: 'accepted' | 'rejected') {
    if (!this.chosen.size) return;
    this.busy = true; this.error = null; this.message = '';
    try {
      const n = await setStatus([...this.chosen], status);
      this.message = `${n} ${status === 'accepted' ? t('review.accepted') : t('review.rejected')}`;
      this.chosen = new Set();
      await this.load();
    } catch (e) {
      this.error = e;
    } finally {
      this.busy = false;
    }
  }

  private async suggest() {
    this.busy = true; this.error = null; this.message = '';
    try {
      const r = await runSuggestions(this.documentId);
      this.message = `${t('review.suggested')} ${r.created} · ${t('review.skipped')} ${r.skipped}`;
      await this.load();
    } catch (e) {
      this.error = e;
    } finally {
      this.busy = false;
    }
  }

  private row(a: Annotation, selectable: boolean) {
    const pos = positionOf(a);
    const label = `${quoteOf(a) ?? ''} — ${actorsOf(a).map((id) => this.actorNames.get(id) ?? `#${id}`).join(', ')}`;
    return html`<tr data-testid=${selectable ? 'suggestion' : 'orphan'}>
      ${selectable ? html`<td><input type="checkbox" aria-label="${t('review.select')} ${label}" .checked=${this.chosen.has(a.id)}
        @change=${(e: Event) => this.toggle(a.id, (e.target as HTMLInputElement).checked)}></td>` : null}
      <td>« ${quoteOf(a) ?? ''} »${pos ? html` <span class="meta">${pos.start}–${pos.end}</span>` : null}</td>
      <td>${actorsOf(a).map((id) => html`<a class="chip actor" href=${href(`/actors/${id}`)}>${this.actorNames.get(id) ?? `#${id}`}</a>`)}
        ${tagsOf(a).map((tag) => html`<span class="chip tag">#${tag}</span>`)}</td>
      <td>${tx(`motivation.${a.motivation ?? 'commenting'}`)}</td>
      <td>${creatorName(a)}</td><td>${formatDate(a.created)}</td></tr>`;
  }

  render() {
    const curator = this.user.roles.includes('curator');
    const annotator = this.user.roles.includes('annotator');
    const items = this.proposed ?? [];
    const all = items.length > 0 && this.chosen.size === items.length;
    return html`
      <p><a href=${href(`/documents/${this.documentId}`)}>← ${t('review.backToReader')}</a>
        · <a href=${href(`/documents/${this.documentId}/agreement`)}>${t('agreement.link')}</a></p>
      <h1 tabindex="-1">${t('review.title')}${this.docTitle ? html` — <span data-testid="review-document">${this.docTitle}</span>` : null}</h1>
      ${this.message ? html`<p class="ok" role="status" data-testid="review-message">${this.message}</p>` : null}
      ${errorView(this.error)}
      <section class="panel" aria-labelledby="suggestions-title">
        <h2 id="suggestions-title">${t('review.suggestions')}</h2>
        <p class="meta">${t('review.suggestionsHelp')}</p>
        ${annotator ? html`<p><button type="button" class="secondary" data-testid="run-suggestions" ?disabled=${this.busy}
          @click=${this.suggest}>${t('review.run')}</button></p>` : null}
        ${this.proposed === null ? (this.error ? null : html`<p>${t('loading')}</p>`) : items.length ? html`
          <table class="data">
            <caption class="count" aria-live="polite">${items.length} ${t('review.proposedCount')}</caption>
            <thead><tr>
              <th scope="col"><input type="checkbox" aria-label=${t('review.selectAll')} .checked=${all} data-testid="select-all"
                @change=${(e: Event) => this.toggleAll((e.target as HTMLInputElement).checked)}></th>
              <th scope="col">${t('review.passage')}</th><th scope="col">${t('review.links')}</th>
              <th scope="col">${t('reader.motivation')}</th><th scope="col">${t('annotation.creator')}</th><th scope="col">${t('review.date')}</th>
            </tr></thead>
            <tbody>${items.map((a) => this.row(a, true))}</tbody>
          </table>
          ${curator ? html`<div class="actions">
            <button type="button" data-testid="accept-selected" ?disabled=${this.busy || !this.chosen.size} @click=${() => this.decide('accepted')}>
              ${t('review.acceptSelected')} (${this.chosen.size})</button>
            <button type="button" class="secondary" data-testid="reject-selected" ?disabled=${this.busy || !this.chosen.size}
              @click=${() => this.decide('rejected')}>${t('review.rejectSelected')} (${this.chosen.size})</button>
          </div>` : html`<p class="note">${t('review.curatorsOnly')}</p>`}` : html`<p data-testid="no-suggestions">${t('review.none')}</p>`}
      </section>
      <section class="panel" aria-labelledby="orphans-title">
        <h2 id="orphans-title">${t('review.orphans')}</h2>
        <p class="meta">${t('review.orphansHelp')}</p>
        ${this.orphansError ? errorView(this.orphansError) : this.orphans === null ? html`<p>${t('loading')}</p>` : this.orphans.length ? html`
          <table class="data">
            <caption class="count">${this.orphans.length} ${t('review.orphanCount')}</caption>
            <thead><tr><th scope="col">${t('review.passage')}</th><th scope="col">${t('review.links')}</th>
              <th scope="col">${t('reader.motivation')}</th><th scope="col">${t('annotation.creator')}</th><th scope="col">${t('review.date')}</th></tr></thead>
            <tbody>${this.orphans.map((a) => this.row(a, false))}</tbody>
          </table>` : html`<p data-testid="no-orphans">${t('review.noOrphans')}</p>`}
      </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap { 'corridor-review': ReviewView }
}
