import { html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { ApiError, getJson, getText, request, type CurrentUser } from '../api';
import { errorView, LightElement } from '../base';
import { t } from '../i18n';
import { renderMarkdown } from '../markdown';
import { href } from '../router';
import { describePassage, rangeOf, type Passage } from '../selection';

interface DocumentMeta { id: number; title?: string; kind?: string; language?: string; date?: string; authors?: string[]; tags?: string[] }
interface PageRange { page: number; start: number; end: number }
interface Selector { type: string; start?: number; end?: number; exact?: string }
interface AnnotationBody { type?: string; value?: string; purpose?: string; format?: string }
interface Annotation {
  id: string; motivation?: string; creator?: { name?: string } | string; created?: string;
  body?: AnnotationBody | AnnotationBody[]; target?: { selector?: Selector | Selector[] };
}

const MOTIVATIONS = ['commenting', 'tagging', 'identifying', 'questioning', 'assessing'] as const;
const VISIBILITIES = ['team', 'private', 'public'] as const;

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

function bodies(a: Annotation): AnnotationBody[] {
  return a.body ? (Array.isArray(a.body) ? a.body : [a.body]) : [];
}

@customElement('corridor-reader')
export class ReaderView extends LightElement {
  @property({ attribute: false }) user!: CurrentUser;
  @property({ type: Number }) documentId = 0;
  @state() private meta: DocumentMeta | null = null;
  @state() private text: string | null = null;
  @state() private pages: PageRange[] = [];
  @state() private error: unknown = null;
  @state() private passage: Passage | null = null;
  @state() private comment = '';
  @state() private annotations: Annotation[] = [];
  @state() private annotationsError: unknown = null;
  @state() private saveError: unknown = null;
  @state() private saved = false;

  private readonly onSelection = () => this.captureSelection();

  connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('selectionchange', this.onSelection);
    this.load();
  }

  disconnectedCallback(): void {
    document.removeEventListener('selectionchange', this.onSelection);
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
    this.loadAnnotations();
  }

  private async loadAnnotations() {
    try {
      const r = await request(`/api/v1/annotations/?document=${this.documentId}`, { accept: 'application/ld+json, application/json' });
      const page = await r.json();
      this.annotations = (page?.first?.items ?? page?.items ?? (Array.isArray(page) ? page : [])) as Annotation[];
      this.annotationsError = null;
    } catch (e) {
      this.annotations = [];
      this.annotationsError = e;
    }
    await this.updateComplete;
    this.highlight();
  }

  /** Saved annotations are painted with the CSS Custom Highlight API: the text's DOM stays untouched. */
  private highlight() {
    const scope = this.querySelector('#doc-text');
    if (!scope || !('highlights' in CSS)) return;
    CSS.highlights.clear();
    const byMotivation = new Map<string, Range[]>();
    for (const a of this.annotations) {
      const selectors = a.target?.selector ? ([] as Selector[]).concat(a.target.selector) : [];
      const pos = selectors.find((s) => s.type === 'TextPositionSelector');
      if (pos?.start == null || pos.end == null) continue;
      const range = rangeOf(scope, pos.start, pos.end);
      if (!range) continue;
      const key = `motivation-${a.motivation ?? 'commenting'}`;
      byMotivation.set(key, [...(byMotivation.get(key) ?? []), range]);
    }
    for (const [key, ranges] of byMotivation) CSS.highlights.set(key, new Highlight(...ranges));
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
    }
  }

  private clearSelection() {
    this.passage = null;
    document.getSelection()?.removeAllRanges();
  }

  private async save(e: Event) {
    e.preventDefault();
    if (!this.passage) return;
    const form = new FormData(e.target as HTMLFormElement);
    const motivation = String(form.get('motivation'));
    const tags = String(form.get('tags') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    const body: AnnotationBody[] = [];
    if (this.comment.trim()) body.push({ type: 'TextualBody', value: this.comment, format: 'text/markdown', purpose: 'commenting' });
    for (const tag of tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
    // A W3C Web Annotation: both selectors, positions in code points of the document's current text.
    const annotation = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      motivation,
      visibility: String(form.get('visibility')),
      body,
      target: { source: `/api/v1/documents/${this.documentId}`, selector: [this.passage.quote, this.passage.position] },
    };
    this.saveError = null;
    try {
      await request('/api/v1/annotations/', {
        method: 'POST', body: JSON.stringify(annotation),
        headers: { 'Content-Type': 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' },
      });
      this.saved = true;
      this.comment = '';
      this.clearSelection();
      await this.loadAnnotations();
    } catch (err) {
      this.saveError = err;
    }
  }

  private textView() {
    if (this.text === null) return this.error ? errorView(this.error) : html`<p aria-live="polite">${t('loading')}</p>`;
    return html`
      <article id="doc-text" class="doc-text" tabindex="0" aria-label=${t('reader.text')} data-testid="document-text"
        lang=${this.meta?.language ?? 'fr'}>${splitPages(this.text, this.pages).map((part) => part.page === null
          ? html`<span class="page-text">${part.text}</span>`
          : html`<span class="page-marker" role="separator" aria-label="${t('reader.page')} ${part.page}"
              data-label="p. ${part.page}"></span><span class="page-text" data-page=${part.page}>${part.text}</span>`)}</article>`;
  }

  private annotationList() {
    if (this.annotationsError) {
      const soon = this.annotationsError instanceof ApiError && (this.annotationsError.status === 404 || this.annotationsError.status === 405);
      return soon ? html`<p class="note" data-testid="annotations-soon">${t('reader.annotationsSoon')}</p>` : errorView(this.annotationsError);
    }
    if (!this.annotations.length) return html`<p>${t('empty')}</p>`;
    return html`<ul class="annotations">${this.annotations.map((a) => {
      const all = bodies(a);
      const comment = all.find((b) => b.purpose !== 'tagging');
      const creator = typeof a.creator === 'string' ? a.creator : a.creator?.name;
      const selectors = a.target?.selector ? ([] as Selector[]).concat(a.target.selector) : [];
      const quote = selectors.find((s) => s.type === 'TextQuoteSelector')?.exact;
      return html`<li class="annotation motivation-${a.motivation ?? 'commenting'}">
        ${quote ? html`<blockquote>${quote}</blockquote>` : null}
        ${comment?.value ? html`<div class="markdown">${unsafeHTML(renderMarkdown(comment.value))}</div>` : null}
        <p class="meta">${creator ?? ''} ${all.filter((b) => b.purpose === 'tagging').map((b) => html`<span class="chip tag">#${b.value}</span>`)}</p>
      </li>`;
    })}</ul>`;
  }

  private panel() {
    const p = this.passage;
    const canWrite = this.user.roles.includes('annotator');
    return html`
      <section class="panel" aria-labelledby="selection-title">
        <h2 id="selection-title">${t('reader.selection')}</h2>
        ${!p ? html`<p>${t('reader.noSelection')}</p>` : html`
          <blockquote data-testid="selected-quote">${p.quote.exact}</blockquote>
          <p class="meta" data-testid="selector" data-start=${p.position.start} data-end=${p.position.end}>
            TextPositionSelector ${p.position.start}–${p.position.end}</p>
          ${canWrite ? html`
          <form @submit=${this.save} data-testid="annotation-form">
            <label>${t('reader.comment')}
              <textarea name="comment" rows="4" .value=${this.comment}
                @input=${(e: Event) => { this.comment = (e.target as HTMLTextAreaElement).value; }}></textarea></label>
            ${this.comment ? html`<div class="preview" aria-label=${t('reader.preview')} data-testid="comment-preview">
              ${unsafeHTML(renderMarkdown(this.comment))}</div>` : null}
            <label>${t('reader.tags')} <input name="tags" placeholder="réadmission, visas"></label>
            <label>${t('reader.motivation')}
              <select name="motivation">${MOTIVATIONS.map((m) => html`<option value=${m}>${t(`motivation.${m}`)}</option>`)}</select></label>
            <label>${t('reader.visibility')}
              <select name="visibility">${VISIBILITIES.map((v) => html`<option value=${v}>${t(`visibility.${v}`)}</option>`)}</select></label>
            <div class="actions">
              <button type="submit">${t('reader.save')}</button>
              <button type="button" class="secondary" @click=${this.clearSelection}>${t('reader.clear')}</button>
            </div>
          </form>` : null}`}
        ${this.saved ? html`<p class="ok" role="status">${t('reader.saved')}</p>` : null}
        ${errorView(this.saveError)}
      </section>
      <section class="panel" aria-labelledby="annotations-title">
        <h2 id="annotations-title">${t('reader.annotations')}</h2>
        ${this.annotationList()}
      </section>`;
  }

  render() {
    const m = this.meta;
    return html`
      <p><a href=${href('/library')}>← ${t('reader.back')}</a></p>
      <h1 tabindex="-1" data-testid="document-title">${m?.title ?? `Document ${this.documentId}`}</h1>
      <p class="meta">
        ${m?.kind ? html`<span class="chip">${m.kind.replace(/_/g, ' ')}</span>` : null}
        ${m?.date ? html`<span>${m.date}</span>` : null}
        ${m?.authors?.length ? html`<span>${m.authors.join(', ')}</span>` : null}
        ${this.pages.length ? html`<span>${this.pages.length} ${t('reader.pages')}</span>` : null}
      </p>
      <div class="columns reader">
        <div class="grow">${this.textView()}</div>
        <aside class="side">${this.panel()}</aside>
      </div>`;
  }
}
