import { html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { CurrentUser, Page } from '../api';
import { uuidOf } from '../annotations';
import { errorView, LightElement, pager } from '../base';
import { formatDate, formatNumber, t, tx } from '../i18n';
import { href } from '../router';
import { documentIdOf, markRead, myAssignments, notifications, type Notification, type WorkloadItem } from '../workflow';

/** Where a notification leads: its annotation's thread in the reader, or its document. */
export function notificationLink(n: Notification): string | null {
  const doc = documentIdOf(n.document);
  if (doc === null) return null;
  return href(`/documents/${doc}${n.annotation ? `?annotation=${uuidOf(n.annotation)}` : ''}`);
}

/**
 * The caller's notifications, newest first (unread marked, marked read one by one or all at once,
 * new ones arriving live from the app bar's stream), and the caller's assignments.
 */
@customElement('corridor-inbox')
export class InboxView extends LightElement {
  @property({ attribute: false }) user!: CurrentUser;
  @state() private page: Page<Notification> | null = null;
  @state() private unreadOnly = false;
  @state() private at = 0;
  @state() private error: unknown = null;
  @state() private assignments: WorkloadItem[] | null = null;
  @state() private assignmentsError: unknown = null;

  private readonly arrived = (e: Event) => {
    const n = (e as CustomEvent<Notification>).detail;
    if (this.at !== 0 || !this.page || this.page.items.some((x) => x.id === n.id)) return;
    this.page = { ...this.page, items: [n, ...this.page.items].slice(0, this.page.size), total: this.page.total + 1 };
    if (n.type === 'assigned') this.loadAssignments();
  };

  connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('corridor:notification', this.arrived);
    this.load();
    this.loadAssignments();
  }

  disconnectedCallback(): void {
    window.removeEventListener('corridor:notification', this.arrived);
    super.disconnectedCallback();
  }

  private async load() {
    try {
      this.page = await notifications(this.at, this.unreadOnly);
      this.error = null;
    } catch (e) {
      this.error = e;
    }
  }

  private async loadAssignments() {
    try {
      this.assignments = (await myAssignments()).items;
      this.assignmentsError = null;
    } catch (e) {
      this.assignmentsError = e;
    }
  }

  private async read(ids: number[] | 'all') {
    try {
      await markRead(ids);
      window.dispatchEvent(new CustomEvent('corridor:notifications-read'));
      await this.load();
    } catch (e) {
      this.error = e;
    }
  }

  private item(n: Notification) {
    const link = notificationLink(n);
    return html`<li class="notification ${n.read ? 'read' : 'unread'}" data-testid="notification" data-type=${n.type}
        data-read=${n.read ? 'true' : 'false'}>
      ${n.read ? null : html`<span class="badge" aria-label=${t('inbox.unreadOne')}>●</span>`}
      <span><strong>${n.actor ?? ''}</strong> ${tx(`notification.${n.type}`)}</span>
      <time class="meta" datetime=${n.createdAt ?? ''}>${formatDate(n.createdAt)}</time>
      ${link ? html`<a href=${link} data-testid="notification-link"
        @click=${() => { if (!n.read) this.read([n.id]); }}>${n.annotation ? t('inbox.openAnnotation') : t('inbox.openDocument')}</a>` : null}
      ${n.read ? null : html`<button type="button" class="secondary" data-testid="mark-read" @click=${() => this.read([n.id])}>${t('inbox.markRead')}</button>`}
    </li>`;
  }

  private assignmentList() {
    if (this.assignmentsError) return errorView(this.assignmentsError);
    if (!this.assignments) return html`<p aria-live="polite">${t('loading')}</p>`;
    if (!this.assignments.length) return html`<p class="meta">${t('workload.noneMine')}</p>`;
    return html`<ul class="plain" data-testid="my-assignments">${this.assignments.map((a) => html`<li data-testid="my-assignment">
      <a href=${href(`/documents/${a.documentId}`)}>${a.title ?? `Document ${a.documentId}`}</a>
      <span class="chip state-${a.state}">${tx(`assignment.${a.state}`)}</span>
      <span class="meta">${formatNumber(a.annotations)} ${t('annotation.count')} · ${tx(`docstate.${a.documentState}`)}</span></li>`)}</ul>`;
  }

  render() {
    const p = this.page;
    return html`
      <h1 tabindex="-1">${t('inbox.title')}</h1>
      <div class="columns">
        <section class="grow panel" aria-labelledby="notifications-title">
          <div class="panel-head"><h2 id="notifications-title">${t('inbox.notifications')}</h2></div>
          <div class="actions">
            <label><input type="checkbox" .checked=${this.unreadOnly} data-testid="unread-only"
              @change=${(e: Event) => { this.unreadOnly = (e.target as HTMLInputElement).checked; this.at = 0; this.load(); }}> ${t('inbox.unreadOnly')}</label>
            <button type="button" class="secondary" data-testid="mark-all-read" @click=${() => this.read('all')}>${t('inbox.markAllRead')}</button>
          </div>
          ${errorView(this.error)}
          ${!p ? html`<p aria-live="polite">${t('loading')}</p>` : p.items.length
            ? html`<ol class="notifications" data-testid="notifications">${p.items.map((n) => this.item(n))}</ol>`
            : html`<p class="meta" data-testid="inbox-empty">${t('inbox.empty')}</p>`}
          ${p ? pager(this.at, p.total, p.size, (n) => { this.at = n; this.load(); }) : null}
        </section>
        <aside class="side panel" aria-labelledby="mine-title">
          <h2 id="mine-title">${t('workload.mine')}</h2>
          ${this.assignmentList()}
        </aside>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap { 'corridor-inbox': InboxView }
}
