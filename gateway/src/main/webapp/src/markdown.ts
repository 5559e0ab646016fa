import DOMPurify from 'dompurify';
import { Marked } from 'marked';

// Markdown written by users: raw HTML in it is shown as text (escaped), never interpreted, and the
// produced HTML goes through DOMPurify as a second line of defence (no script, no handler, no style).
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]!));

const marked = new Marked({
  gfm: true,
  breaks: true,
  async: false,
  renderer: {
    html(token) {
      return escapeHtml(token.text);
    },
  },
});

const ALLOWED = {
  ALLOWED_TAGS: ['p', 'br', 'strong', 'em', 'del', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'h1', 'h2', 'h3', 'h4', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td'],
  ALLOWED_ATTR: ['href', 'title'],
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#|\/)/i,
};

DOMPurify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'A') {
    node.setAttribute('rel', 'noopener noreferrer nofollow');
    node.setAttribute('target', '_blank');
  }
});

/** Markdown to safe HTML. */
export function renderMarkdown(source: string): string {
  const html = marked.parse(source ?? '') as string;
  return DOMPurify.sanitize(html, ALLOWED) as string;
}

/** Search snippets: the server escapes the text and marks matches with <mark>; keep only <mark>. */
export function sanitizeSnippet(snippet: string): string {
  return DOMPurify.sanitize(snippet ?? '', { ALLOWED_TAGS: ['mark'], ALLOWED_ATTR: [] }) as string;
}
