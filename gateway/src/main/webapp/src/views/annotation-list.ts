import { html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { creatorName, tagsOf, type Annotation } from '../annotations';
import { LightElement } from '../base';
import { t, tx } from '../i18n';

/** Height of one row in pixels: fixed, so the window of rows to render is arithmetic. */
export const ROW = 62;
/** Rows rendered above and below the visible ones. */
const OVERSCAN = 8;

/**
 * The side list of annotations, virtualised: thousands of rows scroll, only the visible ones (and a
 * few around them) are in the DOM. Each row is a button that opens the annotation's thread; pointing at it
 * (or focusing it) fires hover with its id.
 */
@customElement('corridor-annotation-list')
export class AnnotationList extends LightElement {
  @property({ attribute: false }) items: Annotation[] = [];
  @property({ attribute: false }) open: string[] = [];
  @property({ attribute: false }) quote: (a: Annotation) => string = () => '';
  @property({ attribute: false }) replies: (a: Annotation) => number = () => 0;
  @state() private top = 0;
  @state() private height = 600;

  private readonly onScroll = (e: Event) => {
    const el = e.currentTarget as HTMLElement;
    // Only a change of the first visible row needs a render.
    if (Math.floor(el.scrollTop / ROW) !== Math.floor(this.top / ROW)) this.top = el.scrollTop;
  };

  protected firstUpdated(): void {
    const el = this.querySelector('.annotation-scroller') as HTMLElement | null;
    if (el) this.height = el.clientHeight || 600;
  }

  /** Scrolls the list so that the annotation's row shows (e.g. after a click in the text). */
  reveal(id: string) {
    const i = this.items.findIndex((a) => a.id === id);
    const el = this.querySelector('.annotation-scroller') as HTMLElement | null;
    if (i < 0 || !el) return;
    if (i * ROW < el.scrollTop || (i + 1) * ROW > el.scrollTop + el.clientHeight) el.scrollTop = i * ROW - el.clientHeight / 2;
    this.top = el.scrollTop;
  }

  render() {
    const n = this.items.length;
    if (!n) return html`<p>${t('empty')}</p>`;
    const first = Math.max(0, Math.floor(this.top / ROW) - OVERSCAN);
    const last = Math.min(n, Math.ceil((this.top + this.height) / ROW) + OVERSCAN);
    const rows = [];
    for (let i = first; i < last; i++) rows.push(this.row(this.items[i], i));
    return html`<div class="annotation-scroller" @scroll=${this.onScroll} data-testid="annotation-list" data-rows=${n}>
      <ul class="annotations virtual" style="height:${n * ROW}px" aria-label=${t('reader.annotations')}>${rows}</ul></div>`;
  }

  /** The row under the pointer or focus (the reader draws a relation's link meanwhile), or null. */
  private hover(id: string | null) {
    this.dispatchEvent(new CustomEvent('hover', { detail: id }));
  }

  private row(a: Annotation, i: number) {
    const motivation = a.motivation ?? 'commenting';
    const replies = this.replies(a);
    return html`<li class="annotation motivation-${motivation} ${a.status === 'proposed' ? 'proposed' : ''}" data-testid="annotation"
        data-tags=${tagsOf(a).join(' ')} data-id=${a.id} style="top:${i * ROW}px" aria-setsize=${this.items.length} aria-posinset=${i + 1}>
      <button type="button" class="as-row" aria-pressed=${this.open.includes(a.id) ? 'true' : 'false'}
        @click=${() => this.dispatchEvent(new CustomEvent('choose', { detail: a }))}
        @mouseenter=${() => this.hover(a.id)} @mouseleave=${() => this.hover(null)}
        @focus=${() => this.hover(a.id)} @blur=${() => this.hover(null)}>
        <span class="quote">« ${this.quote(a)} »</span>
        <span class="meta">${creatorName(a)} · ${tx(`motivation.${motivation}`)}
          ${a.status === 'proposed' ? html` · ${t('status.proposed')}` : null}
          ${tagsOf(a).map((tag) => html` #${tag}`)}
          ${replies ? html` · 💬 ${replies}` : null}</span>
      </button></li>`;
  }
}
