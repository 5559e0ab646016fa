import { html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { CurrentUser } from '../api';
import {
  actorsOf, commentOf, createAnnotation, creatorName, deleteAnnotation, draftOf, edited, getAnnotation, isOwn, isStale,
  mentionsOf, quoteOf, replaceAnnotation, replyAnnotation, setStatus, tagsOf, type Annotation, type Draft,
} from '../annotations';
import { errorView, LightElement } from '../base';
import { formatDate, t, tx } from '../i18n';
import { renderMarkdown } from '../markdown';
import { href } from '../router';
import { flag, moderationOf } from '../workflow';
import './annotation-editor';
import './member-picker';

/**
 * One annotation and its replies: comment (sanitized Markdown), tags, linked actors, who and when;
 * edit and delete of one's own (If-Match with the ETag read when the thread opened: a 412 says
 * someone changed it meanwhile), replies, and for curators accept/reject.
 */
@customElement('corridor-annotation-thread')
export class AnnotationThread extends LightElement {
  @property({ attribute: false }) user!: CurrentUser;
  @property({ attribute: false }) annotation!: Annotation;
  @property({ attribute: false }) replies: Annotation[] = [];
  @property({ attribute: false }) actorNames = new Map<number, string>();
  @property({ attribute: false }) knownTags: string[] = [];
  @state() private editing: string | null = null;
  @state() private replying = false;
  @state() private reply = '';
  @state() private error: unknown = null;
  @state() private stale = false;
  @state() private busy = false;
  /** The annotation whose flag dialog is open, and what was said. */
  @state() private flagging: string | null = null;
  @state() private flagged = new Set<string>();
  private etags = new Map<string, string>();

  willUpdate(changed: Map<string, unknown>) {
    const before = changed.get('annotation') as Annotation | undefined;
    if (changed.has('annotation') && before?.id !== this.annotation?.id) {
      this.editing = null; this.replying = false; this.error = null; this.stale = false; this.etags.clear(); this.flagging = null;
      this.readTag(this.annotation.id).catch(() => undefined);
    }
  }

  /** The ETag of the version shown, read once: a later change by someone else then meets a 412. */
  private async readTag(iri: string): Promise<string> {
    const known = this.etags.get(iri);
    if (known) return known;
    const { etag } = await getAnnotation(iri);
    this.etags.set(iri, etag);
    return etag;
  }

  private emit(name: 'annotation-saved' | 'annotation-deleted', detail: Annotation | string) {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  private async run(action: () => Promise<void>) {
    this.error = null; this.stale = false; this.busy = true;
    try {
      await action();
    } catch (e) {
      if (isStale(e)) this.stale = true; else this.error = e;
    } finally {
      this.busy = false;
    }
  }

  private save(a: Annotation, draft: Draft) {
    return this.run(async () => {
      const etag = await this.readTag(a.id);
      const saved = await replaceAnnotation(a.id, etag, edited(a, draft));
      this.etags.set(a.id, saved.etag);
      this.editing = null;
      this.emit('annotation-saved', saved.annotation);
    });
  }

  private removeAnnotation(a: Annotation) {
    if (!confirm(t('annotation.confirmDelete'))) return;
    return this.run(async () => {
      await deleteAnnotation(a.id, await this.readTag(a.id));
      this.emit('annotation-deleted', a.id);
    });
  }

  private sendReply(e: Event) {
    e.preventDefault();
    if (!this.reply.trim()) return;
    return this.run(async () => {
      const created = await createAnnotation(replyAnnotation(this.annotation, this.reply));
      this.reply = ''; this.replying = false;
      this.emit('annotation-saved', created);
    });
  }

  private sendFlag(e: Event, a: Annotation) {
    e.preventDefault();
    const reason = String(new FormData(e.target as HTMLFormElement).get('reason') ?? '').trim();
    return this.run(async () => {
      await flag(a.id, reason);
      this.flagged = new Set(this.flagged).add(a.id);
      this.flagging = null;
    });
  }

  /** The flag dialog: a reason for the curators, sent with POST /annotations/{id}/flags. */
  private flagDialog(a: Annotation) {
    return html`<form class="flag-form" role="dialog" aria-labelledby="flag-title" data-testid="flag-dialog"
        @submit=${(e: Event) => this.sendFlag(e, a)}
        @keydown=${(e: KeyboardEvent) => { if (e.key === 'Escape') { e.preventDefault(); this.flagging = null; } }}>
      <h3 id="flag-title">${t('flag.title')}</h3>
      <label>${t('flag.reason')}<textarea name="reason" rows="2" required maxlength="1000" data-testid="flag-reason"></textarea></label>
      <div class="actions"><button type="submit" ?disabled=${this.busy} data-testid="flag-send">${t('flag.send')}</button>
        <button type="button" class="secondary" @click=${() => { this.flagging = null; }}>${t('annotation.cancel')}</button></div>
    </form>`;
  }

  private curate(status: 'accepted' | 'rejected') {
    return this.run(async () => {
      await setStatus([this.annotation.id], status);
      this.emit('annotation-saved', { ...this.annotation, status });
    });
  }

  /** Someone changed it: read it again, so the next save starts from their version. */
  private reload() {
    return this.run(async () => {
      const { annotation, etag } = await getAnnotation(this.annotation.id);
      this.etags.clear();
      this.etags.set(annotation.id, etag);
      this.editing = null;
      this.emit('annotation-saved', annotation);
    }).catch(() => undefined);
  }

  private item(a: Annotation, root: boolean) {
    const own = isOwn(a, this.user);
    const curator = this.user.roles.includes('curator');
    const comment = commentOf(a);
    if (this.editing === a.id) {
      return html`<corridor-annotation-editor .draft=${draftOf(a, this.actorNames)} .knownTags=${this.knownTags}
        submitLabel=${t('annotation.update')} ?busy=${this.busy}
        @save=${(e: CustomEvent<Draft>) => { e.stopPropagation(); this.save(a, e.detail); }}
        @cancel=${(e: Event) => { e.stopPropagation(); this.editing = null; }}></corridor-annotation-editor>`;
    }
    return html`
      <article class="note-item ${root ? 'root' : 'reply'}" data-testid=${root ? 'thread-annotation' : 'thread-reply'}
        aria-label="${root ? t('annotation.one') : t('annotation.reply')} — ${creatorName(a)}">
        ${root && quoteOf(a) ? html`<blockquote>${quoteOf(a)}</blockquote>` : null}
        ${moderationOf(a)?.hidden ? html`<p class="chip hidden-note" data-testid="annotation-hidden">${t('moderation.hiddenLabel')}
          ${moderationOf(a)?.reason ? html`<span class="meta">— ${moderationOf(a)!.reason}</span>` : null}</p>` : null}
        ${comment?.value ? html`<div class="markdown" data-testid="annotation-comment">${comment.format === 'text/plain'
          ? html`<p>${comment.value}</p>` : unsafeHTML(renderMarkdown(comment.value))}</div>` : null}
        ${tagsOf(a).length || actorsOf(a).length || mentionsOf(a).length ? html`<p class="tags">
          ${mentionsOf(a).map((m) => html`<span class="chip mention" data-testid="annotation-mention">@${m}</span>`)}
          ${tagsOf(a).map((tag) => html`<span class="chip tag" data-testid="annotation-tag">#${tag}</span>`)}
          ${actorsOf(a).map((id) => html`<a class="chip actor" data-testid="annotation-actor" href=${href(`/actors/${id}`)}>${this.actorNames.get(id) ?? `#${id}`}</a>`)}
        </p>` : null}
        <p class="meta">
          <span data-testid="annotation-creator">${creatorName(a)}</span> · <time datetime=${a.created ?? ''}>${formatDate(a.created)}</time>
          ${root ? html` · ${tx(`motivation.${a.motivation ?? 'commenting'}`)}` : null}
          ${a.visibility ? html` · <span class="chip">${t(`visibility.${a.visibility}`)}</span>` : null}
          ${a.status && a.status !== 'accepted' ? html`<span class="chip status-${a.status}" data-testid="annotation-status">${t(`status.${a.status}`)}</span>` : null}
        </p>
        <div class="actions">
          ${own ? html`<button type="button" class="secondary" @click=${() => { this.editing = a.id; }}>${t('annotation.edit')}</button>` : null}
          ${own || curator ? html`<button type="button" class="secondary" @click=${() => this.removeAnnotation(a)}>${t('annotation.delete')}</button>` : null}
          ${root && curator && a.status !== 'accepted' ? html`<button type="button" class="secondary" @click=${() => this.curate('accepted')}>${t('review.accept')}</button>` : null}
          ${root && curator && a.status !== 'rejected' ? html`<button type="button" class="secondary" @click=${() => this.curate('rejected')}>${t('review.reject')}</button>` : null}
          ${!own && !this.flagged.has(a.id) ? html`<button type="button" class="secondary" data-testid="flag"
            @click=${() => { this.flagging = a.id; }}>${t('flag.button')}</button>` : null}
          ${this.flagged.has(a.id) ? html`<span class="ok" role="status" data-testid="flagged">${t('flag.sent')}</span>` : null}
        </div>
        ${this.flagging === a.id ? this.flagDialog(a) : null}
      </article>`;
  }

  render() {
    const a = this.annotation;
    if (!a) return null;
    const canWrite = this.user.roles.includes('annotator');
    return html`
      ${this.item(a, true)}
      ${this.replies.length ? html`<ol class="replies" aria-label=${t('annotation.replies')}>${this.replies.map((r) => html`<li>${this.item(r, false)}</li>`)}</ol>` : null}
      ${this.stale ? html`<div class="alert" role="alert" data-testid="stale">${t('annotation.stale')}
        <button type="button" class="secondary" @click=${this.reload}>${t('annotation.reload')}</button></div>` : null}
      ${errorView(this.error)}
      ${canWrite ? (this.replying ? html`
        <form class="reply-form" @submit=${this.sendReply} data-testid="reply-form">
          <corridor-member-picker multiline name="reply" rows="3" label=${t('annotation.replyLabel')} .value=${this.reply}
            .scope=${{ annotation: this.annotation.id }}
            @value-change=${(e: CustomEvent<string>) => { this.reply = e.detail; }}></corridor-member-picker>
          ${this.reply ? html`<div class="preview markdown" aria-label=${t('reader.preview')}>${unsafeHTML(renderMarkdown(this.reply))}</div>` : null}
          <div class="actions"><button type="submit" ?disabled=${this.busy}>${t('annotation.send')}</button>
            <button type="button" class="secondary" @click=${() => { this.replying = false; }}>${t('annotation.cancel')}</button></div>
        </form>` : html`<button type="button" class="secondary" data-testid="reply" @click=${() => { this.replying = true; }}>${t('annotation.replyButton')}</button>`) : null}`;
  }
}

declare global {
  interface HTMLElementTagNameMap { 'corridor-annotation-thread': AnnotationThread }
}
