import { html } from 'lit';
import type { Claim } from '../curation';
import { formatNumber, t, tx } from '../i18n';

// How a claim is shown wherever it appears (beside its passage, in the reader's list, on the
// indicators page): its verdict as a badge with a symbol and a word (never colour alone), and the
// reference it was checked against with vintage, source and the hints at slips of scale or currency.

const SYMBOL: Record<string, string> = { consistent: '✓', discrepant: '✗', no_data: '?' };

export function verdictOf(c: Claim): string {
  return c.verdict?.verdict ?? 'no_data';
}

function amount(v: number | string | undefined | null): string {
  if (v === undefined || v === null || v === '') return '—';
  const n = Number(v);
  return Number.isFinite(n) ? formatNumber(n) : String(v);
}

export function verdictBadge(c: Claim) {
  const v = verdictOf(c);
  return html`<span class="verdict verdict-${v}" data-testid="claim-verdict" data-verdict=${v}>
    <span aria-hidden="true">${SYMBOL[v] ?? '?'}</span> ${tx(`verdict.${v}`)}</span>`;
}

/** The figure, its reference and what the comparison says; every text from the server as text. */
export function claimFacts(c: Claim) {
  const v = c.verdict;
  const ref = v?.reference;
  return html`<dl class="facts claim-facts">
    <dt>${t('claims.stated')}</dt>
    <dd data-testid="claim-value">${amount(c.value)} ${c.unit} · ${c.indicator} · ${c.country}${c.counterpart ? ` → ${c.counterpart}` : ''} · ${c.period}</dd>
    ${c.sourceCited ? html`<dt>${t('claims.cited')}</dt><dd>${c.sourceCited}</dd>` : null}
    <dt>${t('claims.reference')}</dt>
    <dd data-testid="claim-reference">${ref ? html`${amount(ref.value)} ${ref.unit ?? ''} (${ref.period ?? c.period})${ref.derived ? html` · ${t('claims.derived')}` : null}` : t('claims.noReference')}</dd>
    ${ref?.source || ref?.release ? html`<dt>${t('claims.vintage')}</dt>
      <dd data-testid="claim-vintage">${ref.source ?? ''}${ref.release ? html` · ${t('claims.release')} ${ref.release}` : null}</dd>` : null}
    ${v?.ratio !== undefined && v?.ratio !== null ? html`<dt>${t('claims.ratio')}</dt><dd>${amount(v.ratio)}</dd>` : null}
    ${v?.hints?.length ? html`<dt>${t('claims.hints')}</dt>
      <dd><ul class="hints">${v.hints.map((h) => html`<li data-testid="claim-hint">${h.message ?? h.kind}</li>`)}</ul></dd>` : null}
  </dl>`;
}
