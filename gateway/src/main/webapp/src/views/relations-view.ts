import { html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { ApiError, type CurrentUser } from '../api';
import { errorView, LightElement } from '../base';
import { acceptRelation, proposedRelations, rejectRelation, type Relation } from '../curation';
import { formatDate, t } from '../i18n';
import { href } from '../router';

/**
 * The relations between actors that annotators proposed, waiting for a curator: each with its two
 * actors, its period and the evidence quoted from the documents (as text). Accept (POST …/accept)
 * and reject (DELETE) send If-Match with the version shown: a relation changed meanwhile answers 412.
 */
@customElement('corridor-relations')
export class RelationsView extends LightElement {
  @property({ attribute: false }) user!: CurrentUser;
  @state() private relations: Relation[] | null = null;
  @state() private error: unknown = null;
  @state() private message = '';
  @state() private busy = new Set<number>();

  connectedCallback(): void {
    super.connectedCallback();
    this.load();
  }

  private async load() {
    try {
      this.relations = await proposedRelations();
      this.error = null;
    } catch (e) {
      this.error = e;
    }
  }

  private async decide(r: Relation, accept: boolean) {
    this.busy = new Set(this.busy).add(r.id);
    this.message = '';
    this.error = null;
    try {
      if (accept) await acceptRelation(r); else await rejectRelation(r);
      this.message = `${this.label(r)} : ${accept ? t('relations.accepted') : t('relations.rejected')}`;
      this.relations = (this.relations ?? []).filter((x) => x.id !== r.id);
      this.updateComplete.then(() => (this.querySelector('[data-testid="relations-message"]') as HTMLElement | null)?.focus());
    } catch (e) {
      this.error = e instanceof ApiError && e.status === 412 ? new Error(t('relations.stale')) : e;
      if (e instanceof ApiError && (e.status === 412 || e.status === 404)) await this.load();
    } finally {
      const next = new Set(this.busy);
      next.delete(r.id);
      this.busy = next;
    }
  }

  private label(r: Relation): string {
    return `${r.subject.name ?? `#${r.subject.id}`} — ${r.predicate.replace(/_/g, ' ')} → ${r.object.name ?? `#${r.object.id}`}`;
  }

  private period(r: Relation): string {
    if (!r.start && !r.end) return t('relations.undated');
    return `${r.start ?? '…'} – ${r.end ?? '…'}`;
  }

  private card(r: Relation, curator: boolean) {
    const busy = this.busy.has(r.id);
    return html`<li class="card relation" data-testid="proposed-relation" data-relation=${r.id}>
      <h3><a href=${href(`/actors/${r.subject.id}`)}>${r.subject.name ?? `#${r.subject.id}`}</a>
        <span class="predicate">${r.predicate.replace(/_/g, ' ')}</span>
        <a href=${href(`/actors/${r.object.id}`)}>${r.object.name ?? `#${r.object.id}`}</a></h3>
      <p class="meta">${t('actor.period')} : ${this.period(r)}${r.role ? html` · ${r.role}` : null}
        · ${t('relations.confidence')} ${Math.round(r.confidence * 100)} %
        · ${t('relations.proposedBy')} ${r.createdBy ?? '?'} ${r.createdAt ? html`(${formatDate(r.createdAt)})` : null}</p>
      ${(r.evidence ?? []).map((e) => html`<figure class="evidence">
        ${e.quote ? html`<blockquote data-testid="relation-evidence">${e.quote}</blockquote>` : null}
        ${e.document ? html`<figcaption class="meta">${t('relations.source')} : ${e.document}</figcaption>` : null}</figure>`)}
      ${curator ? html`<div class="actions">
        <button type="button" data-testid="accept-relation" ?disabled=${busy} aria-label="${t('review.accept')} : ${this.label(r)}"
          @click=${() => this.decide(r, true)}>${t('review.accept')}</button>
        <button type="button" class="secondary" data-testid="reject-relation" ?disabled=${busy}
          aria-label="${t('review.reject')} : ${this.label(r)}" @click=${() => this.decide(r, false)}>${t('review.reject')}</button>
      </div>` : null}
    </li>`;
  }

  render() {
    const curator = this.user.roles.includes('curator');
    const items = this.relations ?? [];
    return html`
      <h1 tabindex="-1">${t('relations.title')}</h1>
      <p class="meta">${t('relations.help')}</p>
      ${curator ? null : html`<p class="note">${t('relations.curatorsOnly')}</p>`}
      ${this.message ? html`<p class="ok" role="status" tabindex="-1" data-testid="relations-message">${this.message}</p>` : null}
      ${errorView(this.error)}
      ${this.relations === null ? (this.error ? null : html`<p aria-live="polite">${t('loading')}</p>`) : html`
        <p class="count" aria-live="polite" data-testid="relations-count">${items.length} ${t('relations.count')}</p>
        ${items.length ? html`<ul class="cards">${items.map((r) => this.card(r, curator))}</ul>`
          : html`<p data-testid="no-proposed-relations">${t('relations.none')}</p>`}`}`;
  }
}

declare global {
  interface HTMLElementTagNameMap { 'corridor-relations': RelationsView }
}
