import { html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { CurrentUser } from '../api';
import { commentOf, creatorName, getAnnotation, quoteOf, uuidOf, type Annotation } from '../annotations';
import { errorView, LightElement } from '../base';
import { formatDate, t } from '../i18n';
import { href } from '../router';
import {
  documentIdOf, flagQueue, moderate, moderationOf, setTeamModeration, teamModeration, type Flag, type TeamModeration,
} from '../workflow';

type QueueState = 'open' | 'resolved' | 'all';

/**
 * Curators: the flags on annotations they may see (open ones first), each with the annotation's text,
 * to hide or show again with a reason, or dismiss; and the pre-moderation switch of their teams.
 */
@customElement('corridor-moderation')
export class ModerationView extends LightElement {
  @property({ attribute: false }) user!: CurrentUser;
  @state() private flags: Flag[] | null = null;
  @state() private queue: QueueState = 'open';
  @state() private annotations = new Map<string, Annotation | null>();
  @state() private teams: TeamModeration[] = [];
  @state() private error: unknown = null;
  @state() private message = '';
  @state() private busy = false;

  connectedCallback(): void {
    super.connectedCallback();
    this.load();
    Promise.all(this.user.teams.map((team) => teamModeration(team).catch(() => null)))
      .then((all) => { this.teams = all.filter((x): x is TeamModeration => !!x); });
  }

  private async load() {
    try {
      this.flags = (await flagQueue(this.queue)).items;
      this.error = null;
    } catch (e) {
      this.error = e;
    }
    // Each flagged annotation read once, fully (a curator sees a hidden one's body).
    for (const iri of new Set((this.flags ?? []).map((f) => uuidOf(f.annotation)))) {
      getAnnotation(iri).then(({ annotation }) => { this.annotations = new Map(this.annotations).set(iri, annotation); },
        () => { this.annotations = new Map(this.annotations).set(iri, null); });
    }
  }

  private async decide(f: Flag, hidden: boolean, form: HTMLFormElement) {
    const reason = String(new FormData(form).get('reason') ?? '').trim();
    if (!reason) { (form.querySelector('input[name=reason]') as HTMLInputElement | null)?.reportValidity(); return; }
    this.busy = true;
    try {
      await moderate(f.annotation, hidden, reason);
      this.message = hidden ? t('moderation.hidden') : t('moderation.shown');
      this.annotations = new Map(this.annotations);
      this.annotations.delete(uuidOf(f.annotation));
      await this.load();
    } catch (e) {
      this.error = e;
    } finally {
      this.busy = false;
    }
  }

  private async premoderate(team: string, on: boolean) {
    try {
      const changed = await setTeamModeration(team, on);
      this.teams = this.teams.map((x) => (x.team === team ? changed : x));
    } catch (e) {
      this.error = e;
    }
  }

  private row(f: Flag) {
    const a = this.annotations.get(uuidOf(f.annotation));
    const hidden = a ? !!moderationOf(a)?.hidden : f.hidden;
    const doc = documentIdOf(f.document);
    return html`<li class="panel flag" data-testid="flag-item" data-annotation=${uuidOf(f.annotation)}>
      <p><strong>${f.flagger}</strong> · <time datetime=${f.createdAt ?? ''}>${formatDate(f.createdAt)}</time>
        ${f.resolution ? html` · <span class="chip">${f.resolution}</span>` : null}
        ${hidden ? html` <span class="chip hidden-note" data-testid="flag-hidden">${t('moderation.hiddenLabel')}</span>` : null}</p>
      <p data-testid="flag-reason-text">${t('flag.reason')} : ${f.reason}</p>
      ${a === undefined ? html`<p aria-live="polite">${t('loading')}</p>` : a === null ? html`<p class="meta">${t('moderation.gone')}</p>` : html`
        <blockquote>${quoteOf(a) ?? ''}</blockquote>
        <p class="markdown" data-testid="flagged-text">${commentOf(a)?.value ?? ''}</p>
        <p class="meta">${creatorName(a)}${doc !== null ? html` · <a href=${href(`/documents/${doc}?annotation=${uuidOf(a.id)}`)}>${t('inbox.openAnnotation')}</a>` : null}</p>`}
      <form class="actions" @submit=${(e: Event) => e.preventDefault()}>
        <label>${t('moderation.reason')} <input name="reason" required maxlength="1000" data-testid="moderation-reason"></label>
        ${hidden
          ? html`<button type="button" ?disabled=${this.busy} data-testid="unhide"
              @click=${(e: Event) => this.decide(f, false, (e.target as HTMLElement).closest('form')!)}>${t('moderation.unhide')}</button>`
          : html`<button type="button" ?disabled=${this.busy} data-testid="hide"
              @click=${(e: Event) => this.decide(f, true, (e.target as HTMLElement).closest('form')!)}>${t('moderation.hide')}</button>
            ${f.resolvedAt ? null : html`<button type="button" class="secondary" ?disabled=${this.busy} data-testid="dismiss"
              @click=${(e: Event) => this.decide(f, false, (e.target as HTMLElement).closest('form')!)}>${t('moderation.dismiss')}</button>`}`}
      </form>
    </li>`;
  }

  render() {
    return html`
      <h1 tabindex="-1">${t('moderation.title')}</h1>
      ${this.teams.length ? html`<section class="panel" aria-labelledby="premod-title">
        <h2 id="premod-title">${t('moderation.premoderation')}</h2>
        <p class="meta">${t('moderation.premoderationHelp')}</p>
        ${this.teams.map((x) => html`<label><input type="checkbox" data-testid="premoderated" data-team=${x.team} .checked=${x.premoderated}
          @change=${(e: Event) => this.premoderate(x.team, (e.target as HTMLInputElement).checked)}> ${x.team}</label>`)}
      </section>` : null}
      <label>${t('moderation.queue')} <select data-testid="queue-state"
        @change=${(e: Event) => { this.queue = (e.target as HTMLSelectElement).value as QueueState; this.load(); }}>
        ${(['open', 'resolved', 'all'] as QueueState[]).map((s) => html`<option value=${s} ?selected=${s === this.queue}>${t(`moderation.${s}`)}</option>`)}
      </select></label>
      ${this.message ? html`<p class="ok" role="status" data-testid="moderation-message">${this.message}</p>` : null}
      ${errorView(this.error)}
      ${!this.flags ? html`<p aria-live="polite">${t('loading')}</p>` : this.flags.length
        ? html`<ol class="plain" data-testid="flag-queue">${this.flags.map((f) => this.row(f))}</ol>`
        : html`<p class="meta" data-testid="queue-empty">${t('moderation.empty')}</p>`}`;
  }
}

declare global {
  interface HTMLElementTagNameMap { 'corridor-moderation': ModerationView }
}
