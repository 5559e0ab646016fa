import { html } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { ApiError, getJson, getText, request, type CurrentUser } from '../api';
import {
  createAnnotation, creatorName, endsOf, hasSeveralTargets, isPassage, parentOf, passageAnnotation, placedAt, placeOn,
  positionOf, quoteOf, relationTypeOf, same, tagsOf, uuidOf, type Annotation, type Draft, type End,
} from '../annotations';
import { errorView, LightElement } from '../base';
import { formatNumber, t, tx } from '../i18n';
import { DocumentEvents, type Viewer } from '../live';
import { href } from '../router';
import { claimsOf, type Claim } from '../curation';
import { liveRange, type Anchoring } from '../reader/anchoring';
import { AnnotationStore, type StoreChange } from '../reader/annotationStore';
import { CodePoints, passageOf, type Passage } from '../reader/codePoints';
import { HighlightPainter, type Item } from '../reader/highlights';
import type { PdfView } from '../reader/pdfView';
import { textBlocks, type Block, type PageRange } from '../reader/reflow';
import { RelationLayer, type Link } from '../reader/relations';
import { yieldToBrowser } from '../reader/scheduling';
import { TextIndex } from '../reader/textIndex';
import { conceptLabel, vocabularies, type Vocabulary } from '../vocabularies';
import './annotation-editor';
import './relation-link';
import './annotation-list';
import type { AnnotationList } from './annotation-list';
import './annotation-thread';
import './workflow-panel';
import { claimFacts, verdictBadge, verdictOf } from './claim-parts';

interface Version { n: number; mediaType?: string; fileName?: string; noTextLayer?: boolean }
interface DocumentMeta { id: number; title?: string; kind?: string; language?: string; date?: string; authors?: string[]; tags?: string[]; version?: Version }
interface Filters { motivation: string; creator: string; tag: string }
type Mode = 'text' | 'layout';

const styles = new Map<string, string>();
/** The highlight style of an annotation (each name built once: it is asked for every passage as the reader opens). */
const styleOf = (a: Annotation) => {
  if (a.status === 'proposed') return 'status-proposed';
  const motivation = a.motivation ?? 'commenting';
  let style = styles.get(motivation);
  if (style === undefined) styles.set(motivation, style = `motivation-${motivation}`);
  return style;
};

/** After the next frame is presented (a rAF callback runs before paint; the task after it, after). */
const afterNextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Work per slice of text rendering, in milliseconds: far under the 50 ms of a long task. */
const SLICE_MS = 8;
/**
 * While pages land, the list and counts render at most this often: each render derives and sorts every passage
 * again, and a page of 5,000 lands in five slices (bench/results/profiles/reader-tti-5000.md, session 33).
 */
const LOADING_RENDER_MS = 200;

/**
 * The reader: the document's text (reflowed, see reader/reflow.ts) or, for a PDF, its pages
 * (reader/pdfView.ts); every annotation the caller may see (reader/annotationStore.ts) highlighted
 * (reader/highlights.ts) and listed (a virtualised list); selection → annotation; threads, claims,
 * live events and presence.
 */
@customElement('corridor-reader')
export class ReaderView extends LightElement {
  @property({ attribute: false }) user!: CurrentUser;
  @property({ type: Number }) documentId = 0;
  /** The view asked for by the route (?view=layout), for PDFs. */
  @property() view: string | null = null;
  /** The annotation asked for by the route (?annotation=uuid, from the inbox): its thread opens once loaded. */
  @property() focusAnnotation: string | null = null;
  @state() private meta: DocumentMeta | null = null;
  @state() private text: string | null = null;
  @state() private pages: PageRange[] = [];
  @state() private error: unknown = null;
  @state() private passage: Passage | null = null;
  @state() private popoverAt: { top: number; left: number } | null = null;
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
  @state() private mode: Mode = 'text';
  @state() private pdfState: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';
  @state() private pdfError: unknown = null;
  /** Bumped when the store changes, so that lit renders the list and counts again. */
  @state() private storeVersion = 0;
  /** The annotation under the pointer (or focus) in the side list: a relation's link is drawn meanwhile. */
  @state() private hovered: string | null = null;
  /** The vocabularies, for relations' type labels (asked when a relation is first drawn). */
  @state() private relationTypes: Vocabulary[] = [];
  /**
   * Ready, or the annotations failed: the workflow panel (two requests) is added only then, so that its requests
   * do not hold two of the browser's six connections to the gateway while the annotation pages wait for one.
   */
  @state() private settled = false;
  @query('corridor-annotation-list') private list?: AnnotationList;

  private store!: AnnotationStore;
  private readonly painter = new HighlightPainter();
  private readonly relationLayer = new RelationLayer();
  /** A relation's other passages on this document, painted too: their painter keys (uuid#target) by uuid. */
  private readonly echoes = new Map<string, string[]>();
  private typesAsked = false;
  private codePoints: CodePoints | null = null;
  private textIndex: TextIndex | null = null;
  private pdf: PdfView | null = null;
  private events: DocumentEvents | null = null;
  private asked = new Set<number>();
  private shownCache: { key: string; list: Annotation[] } | null = null;
  private readyMarked = false;
  /** The document's metadata landed (or failed): ready waits for it (a new annotation names its version). */
  private metaKnown = false;
  private metaLanded: Promise<void> = Promise.resolve();
  private claimsAsked = false;
  /** The reading position to restore once the other view shows. */
  private keepOffset: number | null = null;
  /** Where the thread asked by the route is, to scroll to once the text is there. */
  private focusOffset: number | null = null;

  private readonly onSelection = () => this.captureSelection();
  private readonly onResize = () => { this.placeMarkers(); this.queueWindow(); this.relationLayer.queue(); };
  private readonly onScroll = () => { this.queueWindow(); this.relationLayer.queue(); };
  /**
   * The text column resized by itself (a side panel opened or closed, a web font landed, the text reflowed): the
   * passages it brought into view are registered, the badges and relation lines placed again, as on a window resize.
   * Observed from ready on: while the text renders, every slice appended would fire it, and ready computes the window.
   */
  private readonly textResized = new ResizeObserver(() => this.onResize());
  private windowQueued = false;
  /** The painter's window reaches beyond the viewport (from the frame that first shows the highlights on). */
  private widened = false;
  private storeRenderQueued = false;
  private readonly onStore = (e: Event) => this.storeChanged((e as CustomEvent<StoreChange>).detail);

  connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('selectionchange', this.onSelection);
    window.addEventListener('resize', this.onResize);
    window.addEventListener('scroll', this.onScroll, { passive: true });
    this.store = new AnnotationStore(this.documentId);
    this.store.addEventListener('change', this.onStore);
    this.load();
  }

  disconnectedCallback(): void {
    document.removeEventListener('selectionchange', this.onSelection);
    window.removeEventListener('resize', this.onResize);
    window.removeEventListener('scroll', this.onScroll);
    this.textResized.disconnect();
    this.store.removeEventListener('change', this.onStore);
    this.events?.close();
    this.pdf?.close();
    this.painter.clear();
    this.relationLayer.detach();
    super.disconnectedCallback();
  }

  /**
   * The text and every annotation (compact, see reader/annotationStore.ts) at once; the composed
   * view, which the reader needs only for the claims' badges, once the reader is ready (it composes
   * three services and embeds annotations in their full form: not what the first screen waits for).
   */
  private async load() {
    performance.mark('corridor:reader-start');
    const base = `/api/v1/documents/${this.documentId}`;
    const annotations = this.store.load().then(() => true, () => false);
    const meta = getJson<DocumentMeta>(base).then((m) => { this.meta = m; }, () => undefined)
      .finally(() => { this.metaKnown = true; this.markReady(); });
    this.metaLanded = meta;
    // the layout view needs the media type before the text; the text view only the text and its pages (the
    // metadata, asked alongside, was often the last of the three to land while the annotations were served)
    const [text, pages] = await Promise.allSettled([
      getText(`${base}/text`), getJson<PageRange[]>(`${base}/pages`), this.view === 'layout' ? meta : null]);
    if (pages.status === 'fulfilled' && Array.isArray(pages.value)) this.pages = pages.value;
    performance.mark('corridor:text-received');
    if (text.status === 'fulfilled') {
      this.codePoints = new CodePoints(text.value);
      this.text = text.value;
    } else this.error = text.reason;
    if (this.isPdf && this.view === 'layout') this.mode = 'layout';
    if (await annotations) this.connectLive();
    else this.loadClaims(); // no annotations, no ready: the claims all the same
    if (this.store.error || this.error) this.settled = true; // nor the workflow panel's wait
    this.openFocused();
    this.storeVersion++;
  }

  /** The figures the document states (asked once, with the metadata: claims may name the document by its file name). */
  private loadClaims() {
    if (this.claimsAsked) return;
    this.claimsAsked = true;
    this.metaLanded.then(() => claimsOf(this.documentId, this.meta?.version?.fileName))
      .then((claims) => { this.claims = claims; }, (e) => { this.claimsError = e; });
  }

  private get isPdf(): boolean {
    return this.meta?.version?.mediaType === 'application/pdf';
  }

  /** The view being read: highlights, selections and clicks go through it. */
  private get anchoring(): Anchoring | null {
    return this.mode === 'layout' ? this.pdf : this.textIndex;
  }

  protected updated(changed: Map<string, unknown>): void {
    if ((changed.has('text') || changed.has('pages')) && this.text !== null) this.renderDocumentText();
    if (changed.has('mode') && changed.get('mode') !== undefined) this.modeChanged();
    if (changed.has('open')) {
      this.painter.setActive(this.activeKeys());
      // the threads show comments, quotes and dates: the full form, read when a thread opens
      for (const id of this.open) this.store.complete(id);
    }
    if (changed.has('filters')) this.applyFilters();
    if (changed.has('focusAnnotation') && changed.get('focusAnnotation') !== undefined && !this.store.loading) this.openFocused();
    this.placeMarkers();
    if (changed.has('storeVersion')) this.nameActors();
    // the app shell's notifications wait for this (their requests would hold connections the pages need)
    if (changed.has('settled') && this.settled) window.dispatchEvent(new Event('corridor:reader-settled'));
    this.drawRelations();
  }

  /**
   * The text's DOM is built once per text (not by lit: thousands of nodes, never diffed), a slice of
   * blocks per task (reader/reflow.ts), and indexed as it grows; the first slice shows the top of the
   * text at once. The highlights wait for the whole text (see attachPainter).
   */
  private async renderDocumentText() {
    const scope = this.querySelector('#doc-text');
    if (!scope || !this.codePoints) return;
    const points = this.codePoints;
    const index = new TextIndex(scope, points);
    this.textIndex = index;
    const blocks = textBlocks(scope, this.text!, this.pages, (n) => `${t('reader.page')} ${n}`, (p) => points.unit(p));
    for (let done = false, first = true; !done; first = false) {
      if (this.textIndex !== index) return; // another text (or the same one again) replaced this one
      const until = performance.now() + SLICE_MS;
      const added: Block[] = [];
      do {
        const next = blocks.next();
        done = !!next.done;
        if (next.value) added.push(next.value);
      } while (!done && performance.now() < until);
      index.extend(added);
      // the previous text's ranges go at once; the painter is attached again when the text is whole
      if (this.mode === 'text' && (first || done)) this.attachPainter();
      this.relationLayer.queue();
      this.scrollToFocus();
      if (!done) await yieldToBrowser();
    }
    scope.setAttribute('data-rendered', 'true');
    performance.mark('corridor:text-rendered');
    this.markReady();
  }

  /**
   * The painter anchored in the view being read. The text view's only once it is whole: while the
   * registries hold ranges, Chromium repaints the highlighted text after every slice appended
   * (measured: ~270 ms of Paint with 5,000 annotations, bench/results/profiles/reader-tti-5000.md).
   */
  private attachPainter() {
    this.painter.attach(this.mode === 'text' && !this.textIndex?.complete ? null : this.anchoring);
    this.relationLayer.attach(this.querySelector('.relation-host') as HTMLElement | null, this.anchoring);
    this.updateWindow();
    this.paintAll();
    if (this.widened) this.observeText();
  }

  /** The text column of the view being read, watched for resizes from ready on (see textResized). */
  private observeText() {
    this.textResized.disconnect();
    const scope = this.mode === 'text' ? this.querySelector('#doc-text') : null;
    if (scope) this.textResized.observe(scope);
  }

  /**
   * Every passage handed to the painter, and only those (unchanged ones cost a comparison); it registers those in
   * its window. A detached painter gets nothing: attachPainter calls this again once it has a view.
   */
  private paintAll() {
    if (this.painter.anchored) {
      this.echoes.clear();
      const items: Item[] = [];
      // the filters read once, not per passage: this loop runs over every passage before the reader is ready
      const unfiltered = this.unfiltered();
      for (const a of this.store.passages()) this.paintItems(a, items, unfiltered || this.passesFilters(a));
      this.painter.setAll(items);
      this.painter.setActive(this.activeKeys());
    }
    this.markReady();
  }

  /**
   * What the painter gets for a passage annotation: its span, and for a relation each of its other passages on
   * this document too (keyed uuid#target), so that every passage of the relation is highlighted and opens it.
   */
  private paintItems(a: Annotation, into: Item[], shown = this.passesFilters(a)) {
    const id = uuidOf(a.id);
    const p = positionOf(a)!;
    const style = styleOf(a);
    into.push({ id, start: p.start, end: p.end, style, shown });
    // only a relation has other passages (both callers have dropped the annotation's old echoes already)
    if (!hasSeveralTargets(a)) return;
    const placed = placedAt(a);
    const echoes: string[] = [];
    for (const e of endsOf(a)) {
      if (e.index === placed || e.document !== this.documentId) continue;
      echoes.push(`${id}#${e.index}`);
      into.push({ id: `${id}#${e.index}`, start: e.start, end: e.end, style, shown });
    }
    if (echoes.length) this.echoes.set(id, echoes);
  }

  /** The painter's keys of an annotation: its uuid, and its other passages' if it is a relation. */
  private keysOf(id: string): string[] {
    const uuid = uuidOf(id);
    return [uuid, ...(this.echoes.get(uuid) ?? [])];
  }

  private activeKeys(): string[] {
    return this.open.flatMap((id) => this.keysOf(id));
  }

  /**
   * The code points around the viewport (half a viewport's worth above and below): what the painter registers. Until
   * the first frame with highlights, the viewport alone (see markReady).
   */
  private updateWindow() {
    this.windowQueued = false;
    const length = this.codePoints?.length ?? 0;
    if (this.mode === 'layout') {
      const w = this.pdf?.visibleRange(window.innerHeight);
      if (w) this.painter.setWindow(w.start, w.end);
      return;
    }
    if (!this.textIndex || !length) return;
    const w = this.textIndex.visibleRange(this.widened ? window.innerHeight / 2 : 0);
    this.painter.setWindow(w?.start ?? 0, w?.end ?? 0);
  }

  private queueWindow() {
    if (this.windowQueued) return;
    this.windowQueued = true;
    requestAnimationFrame(() => this.updateWindow());
  }

  /** Once the text shows and every annotation is loaded and painted: a mark for the benchmark, a flag for tests. */
  private async markReady() {
    if (this.readyMarked || !this.metaKnown || !this.textIndex?.complete || this.store.loading) return;
    this.readyMarked = true;
    await afterNextFrame();
    // the first frame painted what the viewport shows; the margin's ranges are registered now, before anyone may
    // scroll, and painted in the next frame (Chromium's first frame costs in proportion to the ranges registered)
    this.widened = true;
    this.updateWindow();
    this.observeText();
    performance.mark('corridor:reader-ready');
    this.dataset.ready = 'true';
    this.settled = true;
    this.storeVersion++;
    this.loadClaims();
  }

  /**
   * Only what changed is handed to the painter: a page's annotations, or the one a live event brought. A painter
   * without a view (the text still rendering) gets nothing: paintAll hands it everything when it is attached.
   */
  private storeChanged(change: StoreChange) {
    this.shownCache = null;
    if (change.ids === null || !this.painter.anchored) this.paintAll();
    else {
      const items: Item[] = [];
      for (const id of change.ids) {
        const a = this.store.get(id);
        for (const key of this.echoes.get(id) ?? []) this.painter.remove(key);
        this.echoes.delete(id);
        if (a && isPassage(a)) this.paintItems(a, items);
        else this.painter.remove(id);
      }
      this.painter.set(items);
      this.markReady();
    }
    if (this.store.loading) this.queueStoreRender();
    else this.storeVersion++;
  }

  /** While pages land: the list and counts now and then (LOADING_RENDER_MS), and at once when the last has landed. */
  private queueStoreRender() {
    if (this.storeRenderQueued) return;
    this.storeRenderQueued = true;
    setTimeout(() => { this.storeRenderQueued = false; if (this.store.loading) this.storeVersion++; }, LOADING_RENDER_MS);
  }

  /** A teammate's change, applied; measured to the next frame (the benchmark reads it). */
  private applyLive(change: () => void) {
    const t0 = performance.now();
    change();
    afterNextFrame().then(() => performance.measure('corridor:annotation-applied', { start: t0, end: performance.now() }));
  }

  /** A filter change moves ranges in or out of the highlight registries; nothing is anchored again. */
  private applyFilters() {
    this.shownCache = null;
    for (const a of this.store.passages()) {
      const shown = this.passesFilters(a);
      for (const key of this.keysOf(a.id)) this.painter.show(key, shown);
    }
  }

  private async modeChanged() {
    const at = this.keepOffset;
    this.keepOffset = null;
    this.closePopover(false);
    if (this.mode === 'layout') await this.openPdf();
    if (at !== null) await this.scrollToOffset(at);
    this.attachPainter();
    history.replaceState(null, '', `#/documents/${this.documentId}${this.mode === 'layout' ? '?view=layout' : ''}`);
  }

  /** The original PDF, fetched once, rendered by PDF.js (loaded on demand: the text view never pays for it). */
  private async openPdf() {
    if (this.pdf || !this.codePoints) return;
    this.pdfState = 'loading';
    await this.updateComplete;
    const container = this.querySelector('#pdf-pages') as HTMLElement | null;
    if (!container) return;
    try {
      const n = this.meta?.version?.n ?? 1;
      const [bytes, { PdfView }] = await Promise.all([
        request(`/api/v1/documents/${this.documentId}/versions/${n}/original`, { accept: 'application/pdf' }).then((r) => r.arrayBuffer()),
        import('../reader/pdfView')]);
      const pdf = new PdfView({ container, data: bytes, text: this.codePoints, pages: this.pages,
        pageLabel: (p) => `${t('reader.page')} ${p}`,
        onPageAnchored: (start, end) => {
          if (this.mode === 'layout') { this.painter.reanchor(start, end); this.relationLayer.queue(); }
        } });
      await pdf.open();
      this.pdf = pdf;
      this.pdfState = 'ready';
    } catch (e) {
      this.pdfError = e;
      this.pdfState = 'failed';
    }
  }

  /** Code point at the top of the text view: what a switch of view keeps in sight. */
  private textTopOffset(): number | null {
    const scope = this.querySelector('#doc-text') as HTMLElement | null;
    if (!scope || !this.textIndex || scope.hidden) return null;
    const box = scope.getBoundingClientRect();
    const caret = caretAt(box.left + 24, Math.max(box.top, this.barBottom()) + 12);
    return caret ? this.textIndex.offsetOf(caret.node, caret.offset) : null;
  }

  /** The bottom of the sticky view switch (what covers the top of the viewport), or 0. */
  private barBottom(): number {
    return Math.max(0, this.querySelector('.view-switch')?.getBoundingClientRect().bottom ?? 0);
  }

  private async scrollToOffset(offset: number) {
    await this.updateComplete;
    if (this.mode === 'layout') { await this.pdf?.scrollTo(offset); return; }
    const r = this.textIndex?.rangesOf(offset, Math.min(offset + 1, this.codePoints?.length ?? offset + 1))[0];
    if (!r) return;
    const box = liveRange(r).getBoundingClientRect();
    window.scrollBy(0, box.top - 80);
  }

  private setMode(mode: Mode) {
    if (mode === this.mode) return;
    // Where the reader is now, read before the other view shows.
    this.keepOffset = this.mode === 'layout' ? this.pdf?.topOffset(this.barBottom()) ?? null : this.textTopOffset();
    this.mode = mode;
  }

  /** The visible passage annotation a claim is anchored by, if any. */
  private anchorOf(c: Claim): Annotation | undefined {
    if (!c.annotation) return undefined;
    const a = this.store.get(c.annotation);
    return a && isPassage(a) && same(a.id, c.annotation) ? a : undefined;
  }

  /**
   * Each anchored claim's badge goes in the margin right of the text, level with the first line of
   * its passage (measured after layout; the text's DOM is never touched). Badges that would overlap
   * are pushed down.
   */
  private placeMarkers() {
    const wrap = this.querySelector('.text-wrap') as HTMLElement | null;
    const scope = this.querySelector('#doc-text') as HTMLElement | null;
    if (!wrap || !scope || !this.textIndex || this.mode !== 'text' || !this.claims.length) return;
    const frame = wrap.getBoundingClientRect();
    const textRight = scope.getBoundingClientRect().right - frame.left;
    let below = -Infinity;
    const markers = [...this.querySelectorAll<HTMLElement>('[data-claim-marker]')]
      .map((el) => {
        const c = this.claims.find((x) => x.id === Number(el.dataset.claimMarker));
        const pos = c ? positionOf(this.anchorOf(c) ?? ({} as Annotation)) : null;
        const r = pos ? this.textIndex!.rangesOf(pos.start, pos.end)[0] : null;
        const box = r ? liveRange(r).getClientRects()[0] : undefined;
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
    if (this.mode !== 'text') return null;
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

  /** Teammates' annotations arrive without a reload; presence says who else has the document open. */
  private connectLive() {
    if (typeof EventSource === 'undefined') return;
    this.events = new DocumentEvents(this.documentId, {
      created: (a) => this.applyLive(() => this.store.upsert(a)),
      updated: (a) => this.applyLive(() => this.store.upsert(a)),
      deleted: (iri) => this.applyLive(() => this.removeLocal(iri)),
      presence: (viewers) => { this.viewers = viewers; },
      state: (connected) => { this.live = connected; },
    });
    this.events.open();
  }

  /** The thread of the annotation the route names (a reply opens its parent's thread). */
  private openFocused() {
    const a = this.focusAnnotation ? this.store.get(this.focusAnnotation) : undefined;
    if (!a) return;
    const root = (parentOf(a) && this.store.get(parentOf(a)!)) || a;
    this.open = [root.id];
    // its passage in sight once the text has rendered that far (a link from another document leads there)
    this.focusOffset = positionOf(root)?.start ?? null;
    this.scrollToFocus();
    this.list?.reveal(root.id);
    this.focusThreads();
  }

  private scrollToFocus() {
    const at = this.focusOffset;
    if (at === null || !this.textIndex || this.textIndex.end <= at || this.mode !== 'text') return;
    this.focusOffset = null;
    this.scrollToOffset(at);
  }

  private removeLocal(iri: string) {
    this.store.remove(iri);
    this.open = this.open.filter((id) => !same(id, iri));
  }

  /** Names of linked actors, asked once each. */
  private nameActors() {
    for (const id of this.store.facets().actors) {
      if (this.asked.has(id)) continue;
      this.asked.add(id);
      getJson<{ name: string }>(`/api/v1/actors/${id}`)
        .then((actor) => { this.actorNames = new Map(this.actorNames).set(id, actor.name); })
        .catch(() => undefined);
    }
  }

  /** No filter set: every annotation passes. */
  private unfiltered(): boolean {
    const f = this.filters;
    return !f.motivation && !f.creator && !f.tag;
  }

  private passesFilters(a: Annotation): boolean {
    const f = this.filters;
    return (!f.motivation || a.motivation === f.motivation) && (!f.creator || creatorName(a) === f.creator)
      && (!f.tag || tagsOf(a).includes(f.tag));
  }

  /** The passages the filters let through, in text order (computed once per change of store or filters). */
  private shown(): Annotation[] {
    const f = this.filters;
    const key = `${this.storeVersion}|${f.motivation}|${f.creator}|${f.tag}`;
    if (this.shownCache?.key !== key) {
      const all = this.store.passages();
      this.shownCache = { key, list: this.unfiltered() ? all : all.filter((a) => this.passesFilters(a)) };
    }
    return this.shownCache.list;
  }

  private async captureSelection() {
    const anchoring = this.anchoring;
    const selection = document.getSelection();
    if (!anchoring || !this.codePoints || !selection || selection.rangeCount === 0 || selection.isCollapsed) return;
    const range = selection.getRangeAt(0);
    const scope = this.querySelector(this.mode === 'layout' ? '#pdf-pages' : '#doc-text');
    if (!scope?.contains(range.startContainer) || !scope.contains(range.endContainer)) return;
    const start = anchoring.offsetOf(range.startContainer, range.startOffset);
    const end = anchoring.offsetOf(range.endContainer, range.endOffset);
    if (start === null || end === null) return;
    const passage = passageOf(this.codePoints, Math.min(start, end), Math.max(start, end));
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

  /** Code-point offset of the caret (a click, or caret browsing with the keyboard) in the view, or null. */
  private caretOffset(): number | null {
    const selection = document.getSelection();
    if (!this.anchoring || !selection || selection.rangeCount === 0 || !selection.isCollapsed) return null;
    const caret = selection.getRangeAt(0);
    return this.anchoring.offsetOf(caret.startContainer, caret.startOffset);
  }

  /** A click (or Enter at the caret) on highlighted text opens the threads of every annotation there. */
  private openAtCaret(focusPanel: boolean) {
    const at = this.caretOffset();
    if (at === null) return;
    const here = this.shown().filter((a) => { const p = positionOf(a)!; return p.start <= at && at < p.end; });
    // a relation's other passages here open it too
    for (const r of this.store.relations()) {
      if (!here.includes(r) && this.passesFilters(r) && this.endsHere(r).some((e) => e.start <= at && at < e.end)) here.push(r);
    }
    if (this.passage) this.closePopover(false);
    this.open = here.map((a) => a.id);
    if (here.length) this.list?.reveal(here[0].id);
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
    const pos = positionOf(a);
    if (pos) this.scrollToOffset(pos.start);
    this.focusThreads();
  }

  private async create(draft: Draft) {
    if (!this.passage) return;
    this.saveError = null;
    this.saving = true;
    try {
      const created = await createAnnotation(passageAnnotation(this.documentId, this.passage, draft));
      this.store.upsert(created);
      this.saved = true;
      this.closePopover();
    } catch (err) {
      this.saveError = err;
    } finally {
      this.saving = false;
    }
  }

  private modeSwitch() {
    if (!this.isPdf) return null;
    const button = (mode: Mode, label: string) => html`<button type="button" class="toggle" aria-pressed=${this.mode === mode ? 'true' : 'false'}
      data-testid=${`view-${mode}`} @click=${() => this.setMode(mode)}>${label}</button>`;
    return html`<div class="view-switch" role="group" aria-label=${t('reader.viewSwitch')}>
      ${button('text', t('reader.viewText'))}${button('layout', t('reader.viewLayout'))}</div>`;
  }

  private textView() {
    if (this.text === null) return this.error ? errorView(this.error) : html`<p aria-live="polite">${t('loading')}</p>`;
    return html`
      <article id="doc-text" class="doc-text" tabindex="0" aria-label=${t('reader.text')} data-testid="document-text"
        ?hidden=${this.mode !== 'text'} aria-describedby="doc-text-help" lang=${this.meta?.language ?? 'fr'}
        @click=${() => this.openAtCaret(false)} @keydown=${this.textKey}></article>
      ${this.mode === 'layout' || this.pdf ? html`
        <div id="pdf-pages" class="pdf-pages" data-testid="pdf-view" ?hidden=${this.mode !== 'layout'} tabindex="0"
          aria-label=${t('reader.layout')} lang=${this.meta?.language ?? 'fr'}
          @click=${() => this.openAtCaret(false)} @keydown=${this.textKey}></div>` : null}
      ${this.mode === 'layout' ? this.pdfNotes() : null}
      <p id="doc-text-help" class="meta">${t('reader.help')}</p>`;
  }

  private pdfNotes() {
    if (this.pdfState === 'loading') return html`<p aria-live="polite">${t('loading')}</p>`;
    if (this.pdfState === 'failed') return errorView(this.pdfError);
    if (this.meta?.version?.noTextLayer) return html`<p class="note" role="status" data-testid="no-text-layer">${t('reader.noTextLayer')}</p>`;
    return null;
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
        ${canWrite ? html`<corridor-annotation-editor .knownTags=${this.store.facets().tags} ?busy=${this.saving}
          @save=${(e: CustomEvent<Draft>) => this.create(e.detail)}
          @cancel=${() => this.closePopover()}></corridor-annotation-editor>
        <corridor-relation-link .documentId=${this.documentId} .passage=${p} @relation-started=${() => this.closePopover()}
          @relation-saved=${(e: CustomEvent<Annotation>) => { this.store.upsert(placeOn(e.detail, this.documentId)); this.closePopover(); }}
          ></corridor-relation-link>` : html`<p class="note">${t('reader.readOnly')}</p>`}
        ${errorView(this.saveError)}
      </section>`;
  }

  /** The quoted passage, or the text at its position when the server sent only a position. */
  private readonly quote = (a: Annotation): string => {
    const q = quoteOf(a);
    if (q) return q;
    const p = positionOf(a);
    return p && this.codePoints ? this.codePoints.slice(p.start, p.end) : '';
  };

  private readonly replyCount = (a: Annotation): number => this.store.repliesOf(a.id).length;

  private threads() {
    if (!this.open.length) return null;
    const chosen = this.open.map((id) => this.store.get(id)).filter((a): a is Annotation => !!a);
    return html`
      <section class="panel threads" aria-labelledby="threads-title" data-testid="threads">
        <div class="panel-head">
          <h2 id="threads-title" tabindex="-1">${t('annotation.threads')} (${chosen.length})</h2>
          <button type="button" class="link" aria-label=${t('annotation.closeThreads')} @click=${() => { this.open = []; }}>×</button>
        </div>
        ${chosen.map((a) => this.store.partial(a.id) || this.store.repliesOf(a.id).some((r) => this.store.partial(r.id))
          ? html`<p aria-live="polite" data-testid="thread-loading">${t('loading')}</p>`
          : html`<corridor-annotation-thread .user=${this.user} .annotation=${a}
          .replies=${this.store.repliesOf(a.id)}
          .actorNames=${this.actorNames} .knownTags=${this.store.facets().tags}
          @annotation-saved=${(e: CustomEvent<Annotation>) => this.store.upsert(e.detail)}
          @annotation-deleted=${(e: CustomEvent<string>) => this.removeLocal(e.detail)}></corridor-annotation-thread>`)}
        ${this.relationList()}
      </section>`;
  }

  /** A relation's passages on this document. */
  private endsHere(r: Annotation): End[] {
    return endsOf(r).filter((e) => e.document === this.documentId);
  }

  /**
   * The relations to draw: those open or hovered in the list, and those with a passage overlapping an open
   * passage (a relation is listed, and drawn, from each of its passages).
   */
  private relationsShown(withHovered: boolean): Annotation[] {
    const open = new Set(this.open.map(uuidOf));
    const spans = this.open.map((id) => this.store.get(id)).filter((a): a is Annotation => !!a && endsOf(a).length < 2)
      .map(positionOf).filter((p): p is { start: number; end: number } => !!p);
    const hovered = withHovered && this.hovered ? uuidOf(this.hovered) : null;
    return this.store.relations().filter((r) => open.has(uuidOf(r.id)) || uuidOf(r.id) === hovered
      || (this.passesFilters(r) && this.endsHere(r).some((e) => spans.some((p) => e.start < p.end && p.start < e.end))));
  }

  private relationLabel(r: Annotation): string {
    const type = relationTypeOf(r);
    return type ? conceptLabel(this.relationTypes, type) ?? '' : '';
  }

  private elsewhere(r: Annotation, e: End): { text: string; href: string } {
    return { text: e.quote ? `« ${e.quote} »` : `${t('relation.document')} ${e.document}`,
      href: href(`/documents/${e.document}?annotation=${uuidOf(r.id)}`) };
  }

  /** The relations shown, drawn over the text (their type read whole, with the vocabularies, to label them). */
  private drawRelations() {
    if (!this.store) return;
    const shown = this.relationsShown(true);
    if (shown.length && !this.typesAsked) {
      this.typesAsked = true;
      vocabularies().then((v) => { this.relationTypes = v; }, () => undefined);
    }
    for (const r of shown) if (this.store.partial(r.id)) this.store.complete(r.id);
    this.relationLayer.attach(this.querySelector('.relation-host') as HTMLElement | null, this.anchoring);
    this.relationLayer.set(shown.map((r): Link => ({
      id: uuidOf(r.id), label: this.relationLabel(r), here: this.endsHere(r),
      elsewhere: endsOf(r).filter((e) => e.document !== null && e.document !== this.documentId).map((e) => this.elsewhere(r, e)),
    })));
  }

  /** The relations of the open passages, with text: each passage here a button, elsewhere a link. */
  private relationList() {
    const list = this.relationsShown(false);
    if (!list.length) return null;
    const quote = (e: End) => {
      const q = this.codePoints?.slice(e.start, e.end) ?? e.quote ?? '';
      return q.length > 80 ? `${q.slice(0, 79)}…` : q;
    };
    return html`<section class="relations" aria-labelledby="relations-title" data-testid="relations">
      <h3 id="relations-title">${t('relation.title')} (${list.length})</h3>
      <ul>${list.map((r) => html`<li data-testid="relation-entry" data-relation=${uuidOf(r.id)}>
        <span class="chip">${this.relationLabel(r) || t('relation.untyped')}</span>
        ${endsOf(r).map((e, i) => html`${i ? ' → ' : ''}${e.document === this.documentId
          ? html`<button type="button" class="link" data-testid="relation-end"
              @click=${() => { this.open = [r.id]; this.scrollToOffset(e.start); }}>« ${quote(e)} »</button>`
          : html`<a class="chip relation-elsewhere-link" data-testid="relation-end" href=${this.elsewhere(r, e).href}>
              ${this.elsewhere(r, e).text}</a>`}`)}
      </li>`)}</ul>
    </section>`;
  }

  private filterBar() {
    const { creators, motivations, tags } = this.store.facets();
    const set = (key: keyof Filters) => (e: Event) => { this.filters = { ...this.filters, [key]: (e.target as HTMLSelectElement).value }; };
    const select = (key: keyof Filters, label: string, values: string[], show: (v: string) => string) => html`
      <label>${label} <select @change=${set(key)} data-testid=${`filter-${key}`}>
        <option value="">${t('library.any')}</option>
        ${values.map((v) => html`<option value=${v} ?selected=${this.filters[key] === v}>${show(v)}</option>`)}</select></label>`;
    return html`<fieldset class="filters compact"><legend>${t('library.filters')}</legend>
      ${select('motivation', t('reader.motivation'), motivations, (m) => tx(`motivation.${m}`))}
      ${select('creator', t('annotation.creator'), creators, (c) => c)}
      ${select('tag', t('reader.tags'), tags, (tag) => `#${tag}`)}
    </fieldset>`;
  }

  /** "n of N loaded" while pages land; never a silent cap. Complete once every annotation is loaded and painted. */
  private progress() {
    const s = this.store;
    const total = s.total;
    const painter = this.painter.stats();
    return html`<p class="meta" data-testid="annotation-progress" data-loaded=${s.size} data-total=${total ?? ''}
      data-highlightable=${painter.entries} data-highlighted=${painter.shown}
      data-complete=${s.loading || !this.readyMarked ? 'false' : 'true'} aria-live="polite">
      ${total === null ? t('loading') : s.loading
        ? `${formatNumber(s.size)} ${t('reader.loadedOf')} ${formatNumber(total)} ${t('reader.loaded')}`
        : `${formatNumber(s.size)} ${t('reader.visibleInAll')}`}</p>`;
  }

  private annotationList() {
    const error = this.store?.error;
    if (error) {
      const soon = error instanceof ApiError && (error.status === 404 || error.status === 405);
      return soon ? html`<p class="note" data-testid="annotations-soon">${t('reader.annotationsSoon')}</p>` : errorView(error);
    }
    const shown = this.shown();
    return html`
      ${this.filterBar()}
      ${this.progress()}
      <p class="count" aria-live="polite" data-testid="annotation-count">${shown.length} ${t('annotation.count')}</p>
      <corridor-annotation-list .items=${shown} .open=${this.open} .quote=${this.quote} .replies=${this.replyCount}
        @choose=${(e: CustomEvent<Annotation>) => this.choose(e.detail)}
        @hover=${(e: CustomEvent<string | null>) => { this.hovered = e.detail; }}></corridor-annotation-list>`;
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
        ${this.user.roles.includes('curator') ? html`<a href=${href(`/documents/${this.documentId}/curation`)} data-testid="curation-link">${t('curation.link')}</a>` : null}
        ${this.isPdf ? html`<a href=${`/api/v1/documents/${this.documentId}/annotated.pdf`} download
          data-testid="annotated-pdf-link" title=${t('reader.annotatedPdfHint')}>${t('reader.annotatedPdf')}</a>` : null}
      </p>
      ${this.modeSwitch()}
      ${this.store?.error ? null : this.presence()}
      <div class="columns reader">
        <div class="grow text-wrap"><div class="relation-host"></div>${this.textView()}${this.claimMarkers()}${this.popoverView()}</div>
        <aside class="side" aria-label=${t('reader.annotations')}>
          ${this.saved ? html`<p class="ok" role="status">${t('reader.saved')}</p>` : null}
          ${this.threads()}
          ${this.settled ? html`<corridor-workflow-panel .user=${this.user} .documentId=${this.documentId}></corridor-workflow-panel>` : null}
          ${this.claimsPanel()}
          <section class="panel" aria-labelledby="annotations-title">
            <h2 id="annotations-title">${t('reader.annotations')}</h2>
            ${this.annotationList()}
          </section>
        </aside>
      </div>`;
  }
}

/** The DOM point under a viewport position (caretPositionFromPoint where supported, else Chromium's caretRangeFromPoint). */
function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const d = document as Document & { caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null };
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = document.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}
