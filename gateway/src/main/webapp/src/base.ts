import { LitElement, html } from 'lit';
import { state } from 'lit/decorators.js';
import { ApiError } from './api';
import { t } from './i18n';

/**
 * Components render into the light DOM: the document stylesheet applies, text selection and
 * anchoring see one DOM, and browser tests find elements without piercing shadow roots.
 */
export class LightElement extends LitElement {
  protected createRenderRoot() { return this; }

  private readonly relang = () => this.requestUpdate();

  connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('corridor:lang', this.relang);
  }

  disconnectedCallback(): void {
    window.removeEventListener('corridor:lang', this.relang);
    super.disconnectedCallback();
  }
}

/**
 * A panel whose buttons act on the server and then show its new state: one action at a time (`busy` disables the
 * buttons), the last failure shown until the next action starts.
 */
export abstract class ActingElement extends LightElement {
  @state() protected error: unknown = null;
  @state() protected busy = false;

  protected abstract load(): Promise<unknown>;

  protected async run(action: () => Promise<unknown>) {
    this.busy = true;
    this.error = null;
    try {
      await action();
      await this.load();
    } catch (e) {
      this.error = e;
    } finally {
      this.busy = false;
    }
  }
}

/** An error as an alert: the server's problem detail, or what is known about an unavailable API. */
export function errorView(error: unknown) {
  if (!error) return null;
  let message = String(error);
  if (error instanceof ApiError) {
    if (error.status === 404 && error.problem.detail === 'no resource at this path') message = t('error.notYet');
    else if (error.status === 503 || error.status === 0) message = `${t('error.unavailable')} (${error.message})`;
    else message = error.message;
  }
  return html`<p class="alert" role="alert">${message}</p>`;
}

/** Previous/next over a paged answer (nothing when it fits one page); `turn` gets the page to show. */
export function pager(at: number, total: number, size: number, turn: (page: number) => void) {
  const last = Math.max(0, Math.ceil(total / size) - 1);
  if (last === 0) return null;
  return html`<nav class="pager" aria-label=${t('library.page')}>
    <button type="button" ?disabled=${at === 0} @click=${() => turn(at - 1)}>${t('library.previous')}</button>
    <span>${t('library.page')} ${at + 1} / ${last + 1}</span>
    <button type="button" ?disabled=${at >= last} @click=${() => turn(at + 1)}>${t('library.next')}</button>
  </nav>`;
}
