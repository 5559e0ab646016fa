import { html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { getJson, query, type Page } from '../api';
import { LightElement } from '../base';
import { t } from '../i18n';
import type { ActorItem } from './actors-view';

export interface PickedActor { id: number; name: string }

let serial = 0;

/**
 * Actors chosen through autocomplete on the registry (GET /api/v1/actors?q=, typo- and accent-tolerant):
 * an ARIA 1.2 combobox (arrow keys move, Enter picks, Escape closes), the picks as removable chips.
 */
@customElement('corridor-actor-picker')
export class ActorPicker extends LightElement {
  @property({ attribute: false }) value: PickedActor[] = [];
  @state() private options: ActorItem[] = [];
  @state() private active = -1;
  @state() private open = false;
  private readonly uid = `actor-picker-${++serial}`;
  private timer: number | undefined;
  private asked = 0;

  private input(e: Event) {
    const q = (e.target as HTMLInputElement).value.trim();
    window.clearTimeout(this.timer);
    if (q.length < 2) { this.open = false; this.options = []; return; }
    this.timer = window.setTimeout(() => this.search(q), 200);
  }

  private async search(q: string) {
    const ask = ++this.asked;
    try {
      const page = await getJson<Page<ActorItem>>(`/api/v1/actors${query({ q, size: 8 })}`);
      if (ask !== this.asked) return; // a later keystroke's answer wins
      this.options = page.items.filter((a) => !this.value.some((v) => v.id === a.id));
      this.active = this.options.length ? 0 : -1;
      this.open = true;
    } catch {
      this.options = [];
      this.open = true;
    }
  }

  private pick(actor: ActorItem) {
    this.value = [...this.value, { id: actor.id, name: actor.name }];
    this.open = false;
    this.options = [];
    const box = this.querySelector('input') as HTMLInputElement;
    box.value = '';
    box.focus();
    this.changed();
  }

  private removeActor(id: number) {
    this.value = this.value.filter((v) => v.id !== id);
    this.changed();
    (this.querySelector('input') as HTMLInputElement)?.focus();
  }

  private changed() {
    this.dispatchEvent(new CustomEvent('actors-change', { detail: this.value, bubbles: true }));
  }

  private key(e: KeyboardEvent) {
    if (!this.open || !this.options.length) return;
    if (e.key === 'ArrowDown') { e.preventDefault(); this.active = (this.active + 1) % this.options.length; }
    else if (e.key === 'ArrowUp') { e.preventDefault(); this.active = (this.active - 1 + this.options.length) % this.options.length; }
    else if (e.key === 'Enter' && this.active >= 0) { e.preventDefault(); this.pick(this.options[this.active]); }
    else if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); this.open = false; }
  }

  render() {
    const list = `${this.uid}-list`;
    return html`
      <label for=${`${this.uid}-input`}>${t('annotation.actors')}</label>
      ${this.value.length ? html`<ul class="chips" aria-label=${t('annotation.actorsLinked')}>${this.value.map((a) => html`
        <li class="chip actor" data-testid="picked-actor">${a.name}
          <button type="button" class="link" aria-label="${t('annotation.removeActor')} ${a.name}" @click=${() => this.removeActor(a.id)}>×</button></li>`)}</ul>` : null}
      <div class="combo">
        <input id=${`${this.uid}-input`} type="text" role="combobox" autocomplete="off" data-testid="actor-search"
          aria-autocomplete="list" aria-expanded=${this.open ? 'true' : 'false'} aria-controls=${list}
          aria-activedescendant=${this.open && this.active >= 0 ? `${this.uid}-opt-${this.active}` : ''}
          placeholder=${t('annotation.actorPlaceholder')} @input=${this.input} @keydown=${this.key}
          @blur=${() => window.setTimeout(() => { this.open = false; }, 200)}>
        <ul id=${list} role="listbox" class="listbox" aria-label=${t('annotation.actors')} ?hidden=${!this.open}>
          ${this.open && !this.options.length ? html`<li class="meta" role="option" aria-disabled="true">${t('empty')}</li>` : null}
          ${this.options.map((a, i) => html`<li id=${`${this.uid}-opt-${i}`} role="option" data-testid="actor-option"
            aria-selected=${i === this.active ? 'true' : 'false'} class=${i === this.active ? 'active' : ''}
            @mousedown=${(e: Event) => { e.preventDefault(); this.pick(a); }}>${a.name}
            ${a.acronyms?.length ? html`<span class="meta">(${a.acronyms.join(', ')})</span>` : null}
            <span class="meta">${[(a.kind ?? '').replace(/_/g, ' '), a.country].filter(Boolean).join(' · ')}</span></li>`)}
        </ul>
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap { 'corridor-actor-picker': ActorPicker }
}
