import { html } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { customElement, property, state } from 'lit/decorators.js';
import type { CurrentUser } from '../api';
import { NotificationEvents } from '../live';
import { unreadCount } from '../workflow';
import { errorView, LightElement } from '../base';
import { lang, setLang, t } from '../i18n';
import { currentRoute, href, type Route } from '../router';
import './library-view';
import './reader-view';
import './review-view';
import './actors-view';
import './agreement-view';
import './curation-view';
import './relations-view';
import './inbox-view';
import './moderation-view';
import './workload-view';

/**
 * Pages whose libraries (Cytoscape, Chart.js: most of the client's bytes) load with them, so that
 * the reader's first paint does not parse them. The page's element is rendered once its module is
 * defined (an element upgraded after lit had set its properties did not render).
 */
const LAZY_PAGES: Record<string, () => Promise<unknown>> = {
  actor: () => import('./actor-view'),
  indicators: () => import('./indicators-view'),
};

/** The longest the notifications wait for the reader on a document's page (see connectedCallback). */
const NOTIFICATIONS_WAIT_MS = 5000;

@customElement('corridor-app')
export class AppShell extends LightElement {
  @property({ attribute: false }) user!: CurrentUser;
  @state() private route: Route = currentRoute();
  @state() private expired = false;
  /** Unread notifications: counted once, then kept by the live stream and the inbox's marks. */
  @state() private unread: number | null = null;
  @state() private live = false;
  /** Lazy pages whose module is defined, and the error of one that failed to load. */
  @state() private pagesLoaded = new Set<string>();
  @state() private pageError: unknown = null;
  private pagesLoading = new Set<string>();
  private notifications: NotificationEvents | null = null;
  private recountTimer: number | undefined;
  private notificationsTimer: number | undefined;
  private notificationsOpened = false;

  private readonly onHash = () => {
    this.route = currentRoute();
    // Move focus to the new page's heading so keyboard and screen-reader users land on it.
    this.updateComplete.then(() => (this.querySelector('main h1') as HTMLElement | null)?.focus());
  };
  private readonly onExpired = () => { this.expired = true; this.notifications?.close(); };
  private readonly recount = () => { unreadCount().then((n) => { this.unread = n; }, () => undefined); };

  connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.onHash);
    window.addEventListener('corridor:session-expired', this.onExpired);
    window.addEventListener('corridor:notifications-read', this.recount);
    // Opened on a document's page once the reader has settled: the stream (held open) and its count take two of
    // the browser's six connections to the gateway, which the reader's annotation pages waited for (measured,
    // bench/results/profiles/reader-tti-5000.md). NOTIFICATIONS_WAIT_MS bounds the wait (a reader that fails).
    if (this.route.name === 'document') {
      window.addEventListener('corridor:reader-settled', this.openNotifications);
      this.notificationsTimer = window.setTimeout(this.openNotifications, NOTIFICATIONS_WAIT_MS);
    } else this.openNotifications();
  }

  /** The unread count, and the live stream that keeps it (once per shell). */
  private readonly openNotifications = () => {
    window.removeEventListener('corridor:reader-settled', this.openNotifications);
    window.clearTimeout(this.notificationsTimer);
    if (this.notificationsOpened || !this.isConnected) return;
    this.notificationsOpened = true;
    this.recount();
    if (typeof EventSource !== 'undefined') {
      // A new notification raises the count and tells an open inbox.
      this.notifications = new NotificationEvents({
        notification: (n) => {
          // Counted again rather than added: a resume replays what a count on connecting already saw.
          window.clearTimeout(this.recountTimer);
          this.recountTimer = window.setTimeout(this.recount, 150);
          window.dispatchEvent(new CustomEvent('corridor:notification', { detail: n }));
        },
        state: (connected) => { this.live = connected; if (connected) this.recount(); },
      });
      this.notifications.open();
    }
  };

  disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.onHash);
    window.removeEventListener('corridor:session-expired', this.onExpired);
    window.removeEventListener('corridor:notifications-read', this.recount);
    window.removeEventListener('corridor:reader-settled', this.openNotifications);
    window.clearTimeout(this.notificationsTimer);
    this.notifications?.close();
    super.disconnectedCallback();
  }

  private signInAgain() {
    sessionStorage.setItem('corridor.after-login', location.hash);
    location.assign('/login');
  }

  /** Null once the page's module is defined; until then what shows while it loads. */
  private lazy(name: string) {
    if (this.pagesLoaded.has(name)) return null;
    if (!this.pagesLoading.has(name)) {
      this.pagesLoading.add(name);
      LAZY_PAGES[name]().then(() => {
        this.pagesLoaded = new Set(this.pagesLoaded).add(name);
        this.onHash();
      }, (e) => { this.pageError = e; this.pagesLoading.delete(name); });
    }
    return this.pageError ? errorView(this.pageError) : html`<p aria-live="polite">${t('loading')}</p>`;
  }

  private page() {
    const r = this.route;
    switch (r.name) {
      case 'library': return html`<corridor-library .user=${this.user} .route=${r}></corridor-library>`;
      // keyed: another document is a new reader (its state, stream and highlights belong to one document)
      case 'document': return keyed(r.params.id, html`<corridor-reader .user=${this.user} .documentId=${Number(r.params.id)} .view=${r.query.get('view')} .focusAnnotation=${r.query.get('annotation')}></corridor-reader>`);
      case 'review': return html`<corridor-review .user=${this.user} .documentId=${Number(r.params.id)}></corridor-review>`;
      case 'agreement': return html`<corridor-agreement .documentId=${Number(r.params.id)}></corridor-agreement>`;
      case 'curation': return html`<corridor-curation .documentId=${Number(r.params.id)}></corridor-curation>`;
      case 'relations': return html`<corridor-relations .user=${this.user}></corridor-relations>`;
      case 'actors': return html`<corridor-actors .route=${r}></corridor-actors>`;
      case 'actor': return this.lazy('actor') ?? html`<corridor-actor .actorId=${Number(r.params.id)}></corridor-actor>`;
      case 'indicators': return this.lazy('indicators') ?? html`<corridor-indicators .route=${r}></corridor-indicators>`;
      case 'inbox': return html`<corridor-inbox .user=${this.user}></corridor-inbox>`;
      case 'moderation': return html`<corridor-moderation .user=${this.user}></corridor-moderation>`;
      case 'workload': return html`<corridor-workload .route=${r}></corridor-workload>`;
      default: return html`<h1 tabindex="-1">404</h1><p><a href=${href('/library')}>${t('nav.library')}</a></p>`;
    }
  }

  private navLink(path: string, name: string, label: string) {
    const active = this.route.name === name || (name === 'library' && ['document', 'review', 'agreement', 'curation'].includes(this.route.name))
      || (name === 'actors' && this.route.name === 'actor');
    return html`<a href=${href(path)} aria-current=${active ? 'page' : 'false'}>${label}</a>`;
  }

  render() {
    const who = this.user.name || this.user.username;
    return html`
      <header class="topbar">
        <a class="brand" href=${href('/library')}>Corridor</a>
        <nav aria-label=${t('nav.label')} class="mainnav">
          ${this.navLink('/library', 'library', t('nav.library'))}
          ${this.navLink('/actors', 'actors', t('nav.actors'))}
          ${this.navLink('/relations', 'relations', t('nav.relations'))}
          ${this.navLink('/indicators', 'indicators', t('nav.indicators'))}
          ${this.user.roles.includes('curator') ? html`
            ${this.navLink('/moderation', 'moderation', t('nav.moderation'))}
            ${this.navLink('/workload', 'workload', t('nav.workload'))}` : null}
        </nav>
        <div class="session">
          <a class="inbox-link" href=${href('/inbox')} data-testid="inbox-link" data-live=${this.live ? 'true' : 'false'} aria-current=${this.route.name === 'inbox' ? 'page' : 'false'}
          aria-label=${`${t('nav.inbox')}${this.unread ? ` (${this.unread} ${t('inbox.unread')})` : ''}`}>${t('nav.inbox')}
          ${this.unread ? html`<span class="badge" data-testid="unread-badge" aria-hidden="true">${this.unread > 99 ? '99+' : this.unread}</span>` : null}</a>
          <span class="who" data-testid="current-user">${t('user.signedInAs')} <strong>${who}</strong>
            <span class="roles">(${this.user.roles.join(', ')})</span></span>
          <button type="button" class="link" lang=${lang() === 'fr' ? 'en' : 'fr'} aria-label=${t('lang.switchLabel')}
            @click=${() => setLang(lang() === 'fr' ? 'en' : 'fr')}>${t('lang.switch')}</button>
          <a class="button secondary" href="/logout">${t('user.signOut')}</a>
        </div>
      </header>
      ${this.expired ? html`
        <div class="banner" role="alertdialog" aria-labelledby="expired-text" data-testid="session-expired">
          <span id="expired-text">${t('session.expired')}</span>
          <button type="button" @click=${this.signInAgain}>${t('session.signIn')}</button>
        </div>` : null}
      <main id="main">${this.page()}</main>`;
  }
}

declare global {
  interface HTMLElementTagNameMap { 'corridor-app': AppShell }
}
