import { html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { LightElement } from '../base';
import { tagsInUse, type TagCount } from '../curation';
import { formatNumber, t } from '../i18n';

let serial = 0;

/** The tags typed so far (comma-separated) and the one being typed, the last. */
function split(value: string): { done: string[]; typing: string } {
  const parts = value.split(',');
  const typing = parts.pop() ?? '';
  return { done: parts.map((s) => s.trim()).filter(Boolean), typing: typing.trim() };
}

/**
 * The tags field: comma-separated text, and an ARIA 1.2 combobox that completes the tag being typed
 * from the tags in use the caller may see (GET /api/v1/annotations/tags?prefix=), most used first.
 * ↓/↑ move, Enter or Tab picks, Escape closes; without the server, the document's own tags are offered.
 */
@customElement('corridor-tag-picker')
export class TagPicker extends LightElement {
  @property() value = '';
  /** Tags already used on the document: the fallback when the server cannot be asked. */
  @property({ attribute: false }) knownTags: string[] = [];
  @state() private options: TagCount[] = [];
  @state() private active = -1;
  @state() private open = false;
  private readonly uid = `tag-picker-${++serial}`;
  private timer: number | undefined;
  private asked = 0;

  private get box(): HTMLInputElement | null {
    return this.querySelector('input');
  }

  private input(e: Event) {
    this.value = (e.target as HTMLInputElement).value;
    const { typing } = split(this.value);
    window.clearTimeout(this.timer);
    if (!typing) { this.close(); return; }
    this.timer = window.setTimeout(() => this.suggest(typing), 150);
  }

  private async suggest(prefix: string) {
    const ask = ++this.asked;
    let found: TagCount[];
    try {
      found = await tagsInUse(prefix, 8);
    } catch {
      const p = prefix.toLowerCase();
      found = this.knownTags.filter((tag) => tag.startsWith(p)).map((tag) => ({ tag, count: 0 }));
    }
    if (ask !== this.asked) return; // a later keystroke's answer wins
    const { done } = split(this.value);
    this.options = found.filter((o) => !done.includes(o.tag));
    this.active = this.options.length ? 0 : -1;
    this.open = this.options.length > 0;
  }

  private close() {
    this.open = false;
    this.options = [];
    this.active = -1;
  }

  private pick(tag: string) {
    const { done } = split(this.value);
    this.value = [...done, tag].join(', ') + ', ';
    const box = this.box;
    if (box) { box.value = this.value; box.focus(); }
    this.close();
  }

  private key(e: KeyboardEvent) {
    if (!this.open || !this.options.length) return;
    if (e.key === 'ArrowDown') { e.preventDefault(); this.active = (this.active + 1) % this.options.length; }
    else if (e.key === 'ArrowUp') { e.preventDefault(); this.active = (this.active - 1 + this.options.length) % this.options.length; }
    else if ((e.key === 'Enter' || e.key === 'Tab') && this.active >= 0) { e.preventDefault(); this.pick(this.options[this.active].tag); }
    else if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); this.close(); }
  }

  render() {
    const list = `${this.uid}-list`;
    return html`
      <label for=${`${this.uid}-input`}>${t('reader.tags')}</label>
      <div class="combo">
        <input id=${`${this.uid}-input`} name="tags" type="text" role="combobox" autocomplete="off" data-testid="tags-input"
          aria-autocomplete="list" aria-expanded=${this.open ? 'true' : 'false'} aria-controls=${list}
          aria-describedby=${`${this.uid}-help`}
          aria-activedescendant=${this.open && this.active >= 0 ? `${this.uid}-opt-${this.active}` : ''}
          .value=${this.value} placeholder="réadmission, visas" @input=${this.input} @keydown=${this.key}
          @blur=${() => window.setTimeout(() => this.close(), 200)}>
        <ul id=${list} role="listbox" class="listbox" aria-label=${t('tags.suggestions')} ?hidden=${!this.open}>
          ${this.options.map((o, i) => html`<li id=${`${this.uid}-opt-${i}`} role="option" data-testid="tag-option" data-tag=${o.tag}
            aria-selected=${i === this.active ? 'true' : 'false'} class=${i === this.active ? 'active' : ''}
            @mousedown=${(e: Event) => { e.preventDefault(); this.pick(o.tag); }}>#${o.tag}
            ${o.count ? html`<span class="meta">(${formatNumber(o.count)} ${t('tags.uses')})</span>` : null}</li>`)}
        </ul>
      </div>
      <p id=${`${this.uid}-help`} class="meta small">${t('tags.help')}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap { 'corridor-tag-picker': TagPicker }
}
