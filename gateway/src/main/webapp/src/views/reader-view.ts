import { html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { ApiError, getJson, getText, type CurrentUser } from '../api';
import {
  actorsOf, createAnnotation, creatorName, isPassage, parentOf, passageAnnotation, positionOf, quoteOf, tagsOf,
  listAnnotations, same, uuidOf, type Annotation, type Draft,
} from '../annotations';
import { errorView, LightElement } from '../base';
import { t, tx } from '../i18n';
import { DocumentEvents, type Viewer } from '../live';
import { href } from '../router';
import { describePassage, rangeOf, type Passage } from '../selection';
import { claimsOf, type Claim } from '../curation';
import './annotation-editor';
import './annotation-thread';
import { claimFacts, verdictBadge, verdictOf } from './claim-parts';

interface DocumentMeta { id: number; title?: string; kind?: string; language?: string; date?: string; authors?: string[]; tags?: string[] }
interface PageRange { page: number; start: number; end: number }
interface Filters { motivation: string; creator: string; tag: string }

/** The text split at page boundaries (code points), each part with its page number. */
function splitPages(text: string, pages: PageRange[]): { page: number | null; text: string }[] {
  if (!pages.length) return [{ page: null, text }];
  const points = Array.from(text);
  const parts: { page: number | null; text: string }[] = [];
  let at = 0;
  for (const p of [...pages].sort((a, b) => a.start - b.start)) {
    if (p.start > at) parts.push({ page: null, text: points.slice(at, p.start).join('') });
    const start = Math.max(at, p.start);
    parts.push({ page: p.page, text: points.slice(start, p.end).join('') });
    at = Math.max(at, p.end);
  }
  if (at < points.length) parts.push({ page: null, text: points.slice(at).join('') });
  return parts;
}

const byStart = (a: Annotation, b: Annotation) => (positionOf(a)?.start ?? 0) - (positionOf(b)?.start ?? 0);
const byCreated = (a: Annotation, b: Annotation) => (a.created ?? '').localeCompare(b.created ?? '');

@customElement('corridor-reader')
export class ReaderView extends LightElement {
  @property({ attribute: false }) user!: CurrentUser;
  @property({ type: Number }) documentId = 0;
  @state() private meta: DocumentMeta | null = null;
  @state() private text: string | null = null;
  @state() private pages: PageRange[] = [];
  @state() private error: unknown = null;
  @state() private passage: Passage | null = null;
  @state() private popoverAt: { top: number; left: number } | null = null;
  @state() private annotations: Annotation[] = [];
  @state() private annotationsError: unknown = null;
  @state() private saveError: unknown = null;
  @state() private saving = false;
  @state() private saved = false;
  /** The annotations whose threads the side panel shows (those under the click, or the one chosen in the list). */
  @state() private open: string[] = [];
  @state() private viewers: Viewer[] = [];
  @state() private live = false;
  @state() private filters: Filters = { motivation: '', creator: '', tag: '' };
  @state() private actorNames = new Map<number, string>();
  /** The figures the document states, with their verdicts (from the document's composed view). */
  @state() private claims: Claim[] = [];
  @state() private claimsError: unknown = null;
  @state() private openClaim: number | null = null;
  private events: DocumentEvents | null = null;
  private asked = new Set<number>();

  private readonly onSelection = () => this.captureSelection();
  private readonly onResize = () => this.placeMarkers();

  connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('selectionchange', this.onSelection);
    window.addEventListener('resize', this.onResize);
    this.load();
    this.loadClaims();
  }

  disconnectedCallback(): void {
    document.removeEventListener('selectionchange', this.onSelection);
    window.removeEventListener('resize', this.onResize);
    this.events?.close();
    CSS.highlights?.clear();
    super.disconnectedCallback();
  }

  private async load() {
    const base = `/api/v1/documents/${this.documentId}`;
    const [meta, text, pages] = await Promise.allSettled([
      getJson<DocumentMeta>(base), getText(`${base}/text`), getJson<PageRange[]>(`${base}/pages`)]);
    if (meta.status === 'fulfilled') this.meta = meta.value;
    if (pages.status === 'fulfilled' && Array.isArray(pages.value)) this.pages = pages.value;
    if (text.status === 'fulfilled') this.text = text.value;
    else this.error = text.reason;
    await this.loadAnnotations();
    if (!this.annotationsError) this.connectLive();
  }

  private async loadClaims() {
    try {
      this.claims = await claimsOf(this.documentId);
    } catch (e) {
      this.claimsError = e;
    }
  }

  /** The visible passage annotation a claim is anchored by, if any. */
  private anchorOf(c: Claim): Annotation | undefined {
    return c.annotation ? this.annotations.find((a) => isPassage(a) && same(a.id, c.annotation!)) : undefined;
  }

  /**
   * Each anchored claim's badge goes in the margin right of the text, level with the first line of
   * its passage (measured after layout; the text's DOM is never touched). Badges that would overlap
   * are pushed down.
   */
  private placeMarkers() {
    const wrap = this.querySelector('.text-wrap') as HTMLElement | null;
    const scope = this.querySelector('#doc-text') as HTMLElement | null;
    if (!wrap || !scope) return;
    const frame = wrap.getBoundingClientRect();
    const textRight = scope.getBoundingClientRect().right - frame.left;
    let below = -Infinity;
    const markers = [...this.querySelectorAll<HTMLElement>('[data-claim-marker]')]
      .map((el) => {
        const c = this.claims.find((x) => x.id === Number(el.dataset.claimMarker));
        const pos = c ? positionOf(this.anchorOf(c) ?? ({} as Annotation)) : null;
        const range = pos ? rangeOf(scope, pos.start, pos.end) : null;
        const box = range?.getClientRects()[0];
        return { el, top: box ? box.top - frame.top : null };
      })
      .sort((a, b) => (a.top ?? 0) - (b.top ?? 0));
    for (const m of markers) {
      if (m.top === null) { m.el.hidden = true; continue; }
      m.el.hidden = false;
      const top = Math.max(m.top, below);
      const width = m.el.offsetWidth || 120;
      m.el.style.top = `${top}px`;
      m.el.style.left = `${Math.max(0, Math.min(textRight + 6, frame.width - width))}px`;
      below = top + m.el.offsetHeight + 4;
    }
  }

  /** A badge (or a list entry) opens its claim in the side panel and moves focus there. */
  private showClaim(c: Claim) {
    this.openClaim = c.id;
    const a = this.anchorOf(c);
    if (a) this.open = [a.id];
    this.updateComplete.then(() => (this.querySelector(`#claim-${c.id}`) as HTMLElement | null)?.focus());
  }

  /** From the side panel back to the passage: scrolled into view, its badge focused. */
  private goToPassage(c: Claim) {
    const marker = this.querySelector(`[data-claim-marker="${c.id}"]`) as HTMLElement | null;
    marker?.scrollIntoView({ block: 'center' });
    marker?.focus();
  }

  private claimMarkers() {
    const anchored = this.claims.filter((c) => this.anchorOf(c));
    if (!anchored.length) return null;
    return html`<div class="claim-markers">${anchored.map((c) => html`
      <button type="button" class="claim-marker verdict-${verdictOf(c)}" data-claim-marker=${c.id} data-testid="claim-marker"
        aria-expanded=${this.openClaim === c.id ? 'true' : 'false'} aria-controls=${`claim-${c.id}`}
        aria-label="${t('claims.figure')} « ${c.quote ?? c.value} » : ${tx(`verdict.${verdictOf(c)}`)}"
        @click=${() => this.showClaim(c)}>${verdictBadge(c)}</button>`)}</div>`;
  }

  private claimsPanel() {
    if (!this.claims.length && !this.claimsError) return null;
    return html`<section class="panel" aria-labelledby="claims-title" data-testid="claims">
      <h2 id="claims-title">${t('claims.title')} (${this.claims.length})</h2>
      ${this.claimsError ? html`<p class="note">${t('claims.unavailable')}</p>` : null}
      <ul class="annotations">${this.claims.map((c) => html`
        <li class="annotation claim ${this.openClaim === c.id ? 'open' : ''}">
          <article id=${`claim-${c.id}`} tabindex="-1" data-testid="claim" aria-label="${t('claims.figure')} ${c.quote ?? ''}">
            <p>${verdictBadge(c)} ${c.quote ? html`<span class="quote">« ${c.quote} »</span>` : null}</p>
            ${claimFacts(c)}
            <p class="actions">
              ${this.anchorOf(c) ? html`<button type="button" class="link" @click=${() => this.goToPassage(c)}>${t('claims.toPassage')}</button>` : null}
              <a href=${href(`/indicators?document=${this.documentId}&code=${encodeURIComponent(c.indicator)}&country=${encodeURIComponent(c.country)}`)}>${t('claims.onIndicators')}</a>
            </p>
          </article></li>`)}</ul>
    </section>`;
  }

  private async loadAnnotations() {
    try {
      this.annotations = await listAnnotations(this.documentId);
      this.annotationsError = null;
    } catch (e) {
      this.annotations = [];
      this.annotationsError = e;
    }
  }

  /** Teammates' annotations arrive without a reload; presence says who else has the document open. */
  private connectLive() {
    if (typeof EventSource === 'undefined') return;
    this.events = new DocumentEvents(this.documentId, {
      created: (a) => this.upsert(a),
      updated: (a) => this.upsert(a),
      deleted: (iri) => this.removeLocal(iri),
      presence: (viewers) => { this.viewers = viewers; },
      state: (connected) => { this.live = connected; },
    });
    this.events.open();
  }

  private upsert(a: Annotation) {
    const i = this.annotations.findIndex((x) => same(x.id, a.id));
    this.annotations = i < 0 ? [...this.annotations, a] : this.annotations.map((x, j) => (j === i ? a : x));
  }

  private removeLocal(iri: string) {
    this.annotations = this.annotations.filter((x) => !same(x.id, iri) && parentOf(x) !== uuidOf(iri));
    this.open = this.open.filter((id) => !same(id, iri));
  }

  protected updated(): void {
    this.highlight();
    this.placeMarkers();
    this.nameActors();
  }

  /** Names of linked actors, asked once each. */
  private nameActors() {
    for (const id of new Set(this.annotations.flatMap(actorsOf))) {
      if (this.asked.has(id)) continue;
      this.asked.add(id);
      getJson<{ name: string }>(`/api/v1/actors/${id}`)
        .then((actor) => { this.actorNames = new Map(this.actorNames).set(id, actor.name); })
        .catch(() => undefined);
    }
  }

  private visible(): Annotation[] {
    const f = this.filters;
    return this.annotations.filter(isPassage)
      .filter((a) => !f.motivation || a.motivation === f.motivation)
      .filter((a) => !f.creator || creatorName(a) === f.creator)
      .filter((a) => !f.tag || tagsOf(a).includes(f.tag))
      .sort(byStart);
  }

  /**
   * Painted with the CSS Custom Highlight API, one highlight per motivation (proposed ones apart):
   * the text's DOM stays untouched, overlapping passages blend their translucent colours, and the
   * open thread's passages are drawn on top.
   */
  private highlight() {
    const scope = this.querySelector('#doc-text');
    if (!scope || !('highlights' in CSS)) return;
    CSS.highlights.clear();
    const groups = new Map<string, Range[]>();
    const add = (key: string, range: Range) => groups.set(key, [...(groups.get(key) ?? []), range]);
    for (const a of this.visible()) {
      const pos = positionOf(a)!;
      const range = rangeOf(scope, pos.start, pos.end);
      if (!range) continue;
      add(a.status === 'proposed' ? 'status-proposed' : `motivation-${a.motivation ?? 'commenting'}`, range);
      if (this.open.includes(a.id)) add('annotation-active', range.cloneRange());
    }
    for (const [key, ranges] of groups) {
      const h = new Highlight(...ranges);
      h.priority = key === 'annotation-active' ? 2 : key === 'status-proposed' ? 1 : 0;
      CSS.highlights.set(key, h);
    }
  }

  private async captureSelection() {
    const scope = this.querySelector('#doc-text');
    const selection = document.getSelection();
    if (!scope || !selection || selection.rangeCount === 0 || selection.isCollapsed) return;
    const range = selection.getRangeAt(0);
    if (!scope.contains(range.commonAncestorContainer)) return;
    const passage = await describePassage(range, scope);
    if (passage) {
      this.passage = passage;
      this.saved = false;
      this.saveError = null;
      this.place(range);
    }
  }

  /** The popover goes under the selection, inside the text's column. */
  private place(range: Range) {
    const wrap = this.querySelector('.text-wrap') as HTMLElement | null;
    if (!wrap) return;
    const box = range.getBoundingClientRect();
    const frame = wrap.getBoundingClientRect();
    const width = Math.min(416, frame.width);
    this.popoverAt = { top: box.bottom - frame.top + 8, left: Math.max(0, Math.min(box.left - frame.left, frame.width - width)) };
  }

  private closePopover(refocus = true) {
    this.passage = null;
    this.popoverAt = null;
    document.getSelection()?.removeAllRanges();
    if (refocus) (this.querySelector('#doc-text') as HTMLElement | null)?.focus();
  }

  /** Code-point offset of the caret (a click, or caret browsing with the keyboard) in the text, or null. */
  private caretOffset(): number | null {
    const scope = this.querySelector('#doc-text');
    const selection = document.getSelection();
    if (!scope || !selection || selection.rangeCount === 0 || !selection.isCollapsed) return null;
    const caret = selection.getRangeAt(0);
    if (!scope.contains(caret.startContainer)) return null;
    const before = document.createRange();
    before.setStart(scope, 0);
    before.setEnd(caret.startContainer, caret.startOffset);
    return Array.from(before.toString()).length;
  }

  /** A click (or Enter at the caret) on highlighted text opens the threads of every annotation there. */
  private openAtCaret(focusPanel: boolean) {
    const at = this.caretOffset();
    if (at === null) return;
    const here = this.visible().filter((a) => { const p = positionOf(a)!; return p.start <= at && at < p.end; });
    if (this.passage) this.closePopover(false);
    this.open = here.map((a) => a.id);
    if (here.length && focusPanel) this.focusThreads();
  }

  private focusThreads() {
    this.updateComplete.then(() => (this.querySelector('#threads-title') as HTMLElement | null)?.focus());
  }

  private textKey(e: KeyboardEvent) {
    if (e.key === 'Escape' && this.passage) { e.preventDefault(); this.closePopover(); }
    else if (e.key === 'Enter') { e.preventDefault(); this.openAtCaret(true); }
  }

  private choose(a: Annotation) {
    this.open = [a.id];
    const scope = this.querySelector('#doc-text');
    const pos = positionOf(a);
    const range = scope && pos ? rangeOf(scope, pos.start, pos.end) : null;
    range?.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    this.focusThreads();
  }

  private async create(draft: Draft) {
    if (!this.passage) return;
    this.saveError = null;
    this.saving = true;
    try {
      const created = await createAnnotation(passageAnnotation(this.documentId, this.passage, draft));
      this.upsert(created);
      this.saved = true;
      this.closePopover();
    } catch (err) {
      this.saveError = err;
    } finally {
      this.saving = false;
    }
  }

  private textView() {
    if (this.text === null) return this.error ? errorView(this.error) : html`<p aria-live="polite">${t('loading')}</p>`;
    return html`
      <article id="doc-text" class="doc-text" tabindex="0" aria-label=${t('reader.text')} data-testid="document-text"
        aria-describedby="doc-text-help" lang=${this.meta?.language ?? 'fr'}
        @click=${() => this.openAtCaret(false)} @keydown=${this.textKey}>${splitPages(this.text, this.pages).map((part) => part.page === null
          ? html`<span class="page-text">${part.text}</span>`
          : html`<span class="page-marker" role="separator" aria-label="${t('reader.page')} ${part.page}"
              data-label="p. ${part.page}"></span><span class="page-text" data-page=${part.page}>${part.text}</span>`)}</article>
      <p id="doc-text-help" class="meta">${t('reader.help')}</p>`;
  }

  /** Under the selection: the passage, its W3C selectors and the annotation form (Tab reaches it from the text). */
  private popoverView() {
    const p = this.passage;
    if (!p) return null;
    const canWrite = this.user.roles.includes('annotator');
    const at = this.popoverAt ?? { top: 0, left: 0 };
    return html`
      <section class="popover" role="dialog" aria-labelledby="selection-title" data-testid="annotation-popover"
        style=${styleMap({ top: `${at.top}px`, left: `${at.left}px` })}
        @keydown=${(e: KeyboardEvent) => { if (e.key === 'Escape') { e.preventDefault(); this.closePopover(); } }}>
        <h2 id="selection-title">${t('reader.selection')}</h2>
        <blockquote data-testid="selected-quote">${p.quote.exact}</blockquote>
        <p class="meta" data-testid="selector" data-start=${p.position.start} data-end=${p.position.end}>
          TextPositionSelector ${p.position.start}–${p.position.end}</p>
        ${canWrite ? html`<corridor-annotation-editor .knownTags=${this.knownTags()} ?busy=${this.saving}
          @save=${(e: CustomEvent<Draft>) => this.create(e.detail)}
          @cancel=${() => this.closePopover()}></corridor-annotation-editor>` : html`<p class="note">${t('reader.readOnly')}</p>`}
        ${errorView(this.saveError)}
      </section>`;
  }

  /** The quoted passage, or the text at its position when the server sent only a position. */
  private quote(a: Annotation): string {
    const q = quoteOf(a);
    if (q) return q;
    const p = positionOf(a);
    return p && this.text ? Array.from(this.text).slice(p.start, p.end).join('') : '';
  }

  private knownTags(): string[] {
    return [...new Set(this.annotations.flatMap(tagsOf))].sort();
  }

  private threads() {
    if (!this.open.length) return null;
    const chosen = this.open.map((id) => this.annotations.find((a) => a.id === id)).filter((a): a is Annotation => !!a);
    return html`
      <section class="panel threads" aria-labelledby="threads-title" data-testid="threads">
        <div class="panel-head">
          <h2 id="threads-title" tabindex="-1">${t('annotation.threads')} (${chosen.length})</h2>
          <button type="button" class="link" aria-label=${t('annotation.closeThreads')} @click=${() => { this.open = []; }}>×</button>
        </div>
        ${chosen.map((a) => html`<corridor-annotation-thread .user=${this.user} .annotation=${a}
          .replies=${this.annotations.filter((r) => parentOf(r) === uuidOf(a.id)).sort(byCreated)}
          .actorNames=${this.actorNames} .knownTags=${this.knownTags()}
          @annotation-saved=${(e: CustomEvent<Annotation>) => this.upsert(e.detail)}
          @annotation-deleted=${(e: CustomEvent<string>) => this.removeLocal(e.detail)}></corridor-annotation-thread>`)}
      </section>`;
  }

  private filterBar() {
    const passages = this.annotations.filter(isPassage);
    const creators = [...new Set(passages.map(creatorName))].sort();
    const motivations = [...new Set(passages.map((a) => a.motivation ?? 'commenting'))].sort();
    const set = (key: keyof Filters) => (e: Event) => { this.filters = { ...this.filters, [key]: (e.target as HTMLSelectElement).value }; };
    const select = (key: keyof Filters, label: string, values: string[], show: (v: string) => string) => html`
      <label>${label} <select @change=${set(key)} data-testid=${`filter-${key}`}>
        <option value="">${t('library.any')}</option>
        ${values.map((v) => html`<option value=${v} ?selected=${this.filters[key] === v}>${show(v)}</option>`)}</select></label>`;
    return html`<fieldset class="filters compact"><legend>${t('library.filters')}</legend>
      ${select('motivation', t('reader.motivation'), motivations, (m) => tx(`motivation.${m}`))}
      ${select('creator', t('annotation.creator'), creators, (c) => c)}
      ${select('tag', t('reader.tags'), this.knownTags(), (tag) => `#${tag}`)}
    </fieldset>`;
  }

  private annotationList() {
    if (this.annotationsError) {
      const soon = this.annotationsError instanceof ApiError && (this.annotationsError.status === 404 || this.annotationsError.status === 405);
      return soon ? html`<p class="note" data-testid="annotations-soon">${t('reader.annotationsSoon')}</p>` : errorView(this.annotationsError);
    }
    const shown = this.visible();
    return html`
      ${this.filterBar()}
      <p class="count" aria-live="polite" data-testid="annotation-count">${shown.length} ${t('annotation.count')}</p>
      ${shown.length ? html`<ul class="annotations">${shown.map((a) => html`
        <li class="annotation motivation-${a.motivation ?? 'commenting'} ${a.status === 'proposed' ? 'proposed' : ''}" data-testid="annotation"
          data-tags=${tagsOf(a).join(' ')}>
          <button type="button" class="as-row" aria-pressed=${this.open.includes(a.id) ? 'true' : 'false'} @click=${() => this.choose(a)}>
            <span class="quote">« ${this.quote(a)} »</span>
            <span class="meta">${creatorName(a)} · ${tx(`motivation.${a.motivation ?? 'commenting'}`)}
              ${a.status === 'proposed' ? html` · ${t('status.proposed')}` : null}
              ${tagsOf(a).map((tag) => html` #${tag}`)}
              ${this.annotations.some((r) => parentOf(r) === uuidOf(a.id)) ? html` · 💬 ${this.annotations.filter((r) => parentOf(r) === uuidOf(a.id)).length}` : null}</span>
          </button></li>`)}</ul>` : html`<p>${t('empty')}</p>`}`;
  }

  private presence() {
    const me = new Set([this.user.username, this.user.name].filter(Boolean));
    const others = [...new Set(this.viewers.map((v) => v.name))].filter((n) => !me.has(n));
    return html`
      <p class="presence" data-testid="presence" aria-live="polite">
        <span class="live-dot ${this.live ? 'on' : ''}" role="img" aria-label=${this.live ? t('live.on') : t('live.off')}></span>
        ${others.length ? html`${t('live.alsoReading')} ${others.map((n) => html`<span class="chip viewer" data-testid="viewer">${n}</span>`)}`
          : html`<span class="meta">${this.live ? t('live.alone') : t('live.off')}</span>`}
      </p>`;
  }

  render() {
    const m = this.meta;
    const curatorOrAnnotator = this.user.roles.includes('curator') || this.user.roles.includes('annotator');
    return html`
      <p><a href=${href('/library')}>← ${t('reader.back')}</a></p>
      <h1 tabindex="-1" data-testid="document-title">${m?.title ?? `Document ${this.documentId}`}</h1>
      <p class="meta">
        ${m?.kind ? html`<span class="chip">${m.kind.replace(/_/g, ' ')}</span>` : null}
        ${m?.date ? html`<span>${m.date}</span>` : null}
        ${m?.authors?.length ? html`<span>${m.authors.join(', ')}</span>` : null}
        ${this.pages.length ? html`<span>${this.pages.length} ${t('reader.pages')}</span>` : null}
        ${curatorOrAnnotator ? html`<a href=${href(`/documents/${this.documentId}/review`)} data-testid="review-link">${t('review.link')}</a>` : null}
        <a href=${href(`/documents/${this.documentId}/agreement`)} data-testid="agreement-link">${t('agreement.link')}</a>
      </p>
      ${this.annotationsError ? null : this.presence()}
      <div class="columns reader">
        <div class="grow text-wrap">${this.textView()}${this.claimMarkers()}${this.popoverView()}</div>
        <aside class="side" aria-label=${t('reader.annotations')}>
          ${this.saved ? html`<p class="ok" role="status">${t('reader.saved')}</p>` : null}
          ${this.threads()}
          ${this.claimsPanel()}
          <section class="panel" aria-labelledby="annotations-title">
            <h2 id="annotations-title">${t('reader.annotations')}</h2>
            ${this.annotationList()}
          </section>
        </aside>
      </div>`;
  }
}
