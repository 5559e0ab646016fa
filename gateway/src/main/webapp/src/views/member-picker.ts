import { html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { LightElement } from '../base';
import { t } from '../i18n';
import { members, type Member, type MemberScope } from '../workflow';

let serial = 0;

/** The `@name` being typed just before the caret: where it starts and what is typed so far, or null. */
function mentionAt(text: string, caret: number): { start: number; typed: string } | null {
  const m = /(?:^|[^\p{L}\p{N}._@-])@([\p{L}\p{N}._-]{0,100})$/u.exec(text.slice(0, caret));
  return m ? { start: caret - m[1].length - 1, typed: m[1] } : null;
}

/**
 * Members offered as one types, from GET /api/v1/members (only those who may see what is being
 * written: the `scope`), as an ARIA 1.2 combobox like the tag picker: ↓/↑ move, Enter or Tab
 * picks, Escape closes. Two uses: a Markdown text (`multiline`) where `@` + letters offers members
 * and the pick inserts `@username`; or a one-line search whose pick is the `member-picked` event.
 */
@customElement('corridor-member-picker')
export class MemberPicker extends LightElement {
  @property() label = '';
  @property() name = '';
  @property() value = '';
  @property({ type: Number }) rows = 3;
  @property({ type: Boolean }) multiline = false;
  @property({ attribute: false }) scope: MemberScope = { visibility: 'team' };
  @state() private options: Member[] = [];
  @state() private active = -1;
  @state() private open = false;
  private readonly uid = `member-picker-${++serial}`;
  private timer: number | undefined;
  private asked = 0;
  private token: { start: number; typed: string } | null = null;

  private get box(): HTMLTextAreaElement | HTMLInputElement | null {
    return this.querySelector(this.multiline ? 'textarea' : 'input');
  }

  private input(e: Event) {
    const box = e.target as HTMLTextAreaElement | HTMLInputElement;
    this.value = box.value;
    this.dispatchEvent(new CustomEvent('value-change', { detail: this.value }));
    this.token = this.multiline ? mentionAt(box.value, box.selectionStart ?? box.value.length)
      : (box.value.trim() ? { start: 0, typed: box.value.trim() } : null);
    window.clearTimeout(this.timer);
    if (!this.token) { this.close(); return; }
    const typed = this.token.typed;
    this.timer = window.setTimeout(() => this.suggest(typed), 150);
  }

  private async suggest(q: string) {
    const ask = ++this.asked;
    let found: Member[] = [];
    try { found = await members(q, this.scope); } catch { /* no offers: typing goes on */ }
    if (ask !== this.asked) return; // a later keystroke's answer wins
    this.options = found;
    this.active = found.length ? 0 : -1;
    this.open = found.length > 0;
  }

  private close() {
    this.open = false;
    this.options = [];
    this.active = -1;
  }

  private pick(m: Member) {
    const box = this.box;
    this.close();
    if (!this.multiline) {
      this.value = '';
      if (box) box.value = '';
      this.dispatchEvent(new CustomEvent('member-picked', { detail: m }));
      return;
    }
    const at = this.token;
    if (!box || !at) return;
    const end = at.start + 1 + at.typed.length;
    const inserted = `@${m.username} `;
    this.value = box.value.slice(0, at.start) + inserted + box.value.slice(end);
    box.value = this.value;
    box.focus();
    box.setSelectionRange(at.start + inserted.length, at.start + inserted.length);
    this.dispatchEvent(new CustomEvent('value-change', { detail: this.value }));
  }

  private key(e: KeyboardEvent) {
    if (!this.open || !this.options.length) return;
    if (e.key === 'ArrowDown') { e.preventDefault(); this.active = (this.active + 1) % this.options.length; }
    else if (e.key === 'ArrowUp') { e.preventDefault(); this.active = (this.active - 1 + this.options.length) % this.options.length; }
    else if ((e.key === 'Enter' || e.key === 'Tab') && this.active >= 0) { e.preventDefault(); this.pick(this.options[this.active]); }
    else if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); this.close(); }
  }

  render() {
    const list = `${this.uid}-list`;
    const id = `${this.uid}-input`;
    const aria = {
      active: this.open && this.active >= 0 ? `${this.uid}-opt-${this.active}` : '',
      expanded: this.open ? 'true' : 'false',
    };
    const blur = () => window.setTimeout(() => this.close(), 200);
    return html`
      <label for=${id}>${this.label}</label>
      <div class="combo">
        ${this.multiline
          ? html`<textarea id=${id} name=${this.name} rows=${this.rows} role="combobox" aria-autocomplete="list" autocomplete="off"
              aria-expanded=${aria.expanded} aria-controls=${list} aria-activedescendant=${aria.active} aria-describedby=${`${id}-help`}
              .value=${this.value} @input=${this.input} @keydown=${this.key} @blur=${blur}></textarea>`
          : html`<input id=${id} type="text" role="combobox" aria-autocomplete="list" autocomplete="off" data-testid="member-search"
              aria-expanded=${aria.expanded} aria-controls=${list} aria-activedescendant=${aria.active}
              .value=${this.value} @input=${this.input} @keydown=${this.key} @blur=${blur}>`}
        <ul id=${list} role="listbox" class="listbox" aria-label=${t('members.suggestions')} ?hidden=${!this.open}>
          ${this.options.map((m, i) => html`<li id=${`${this.uid}-opt-${i}`} role="option" data-testid="member-option" data-username=${m.username}
            aria-selected=${i === this.active ? 'true' : 'false'} class=${i === this.active ? 'active' : ''}
            @mousedown=${(e: Event) => { e.preventDefault(); this.pick(m); }}>@${m.username}
            ${m.name ? html`<span class="meta">(${m.name})</span>` : null}</li>`)}
        </ul>
      </div>
      ${this.multiline ? html`<p id=${`${id}-help`} class="meta small">${t('members.help')}</p>` : null}`;
  }
}

declare global {
  interface HTMLElementTagNameMap { 'corridor-member-picker': MemberPicker }
}
