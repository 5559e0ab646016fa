import { html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { CurrentUser } from '../api';
import { ActingElement, errorView } from '../base';
import { t, tx } from '../i18n';
import {
  assign, assignments, documentIdOf, setOwnState, setStateOf, setWorkflow, unassign, workflow, type Assignment, type AssignmentState,
  type Member, type Notification, type Workflow,
} from '../workflow';
import './member-picker';

/**
 * A document's workflow in the reader: the caller's own state (new → in progress → finished, and the
 * notice that a finished annotator's annotations are frozen), the document's state, and for curators
 * the assignees (assign from the member directory, move or reopen their state, unassign).
 */
@customElement('corridor-workflow-panel')
export class WorkflowPanel extends ActingElement {
  @property({ attribute: false }) user!: CurrentUser;
  @property({ type: Number }) documentId = 0;
  @state() private list: Assignment[] = [];
  @state() private flow: Workflow | null = null;

  /** An assignment of this document to the caller, arriving live, shows without a reload. */
  private readonly arrived = (e: Event) => {
    const n = (e as CustomEvent<Notification>).detail;
    if (n.type === 'assigned' && documentIdOf(n.document) === this.documentId) this.load();
  };

  connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('corridor:notification', this.arrived);
    this.load();
  }

  disconnectedCallback(): void {
    window.removeEventListener('corridor:notification', this.arrived);
    super.disconnectedCallback();
  }

  protected async load() {
    const [list, flow] = await Promise.allSettled([assignments(this.documentId), workflow(this.documentId)]);
    if (list.status === 'fulfilled') this.list = list.value; else this.error = list.reason;
    if (flow.status === 'fulfilled') this.flow = flow.value;
  }


  private get curator(): boolean {
    return this.user.roles.includes('curator');
  }

  private stateButtons(a: Assignment, move: (s: AssignmentState) => Promise<unknown>) {
    return a.allowed.map((s) => html`<button type="button" class="secondary" ?disabled=${this.busy}
      data-testid=${`state-${s}`} data-assignee=${a.assignee} @click=${() => this.run(() => move(s))}>${tx(`assignment.to.${s}`)}</button>`);
  }

  private mine() {
    const a = this.list.find((x) => x.assignee === this.user.username);
    if (!a) return null;
    return html`<div data-testid="my-state" data-state=${a.state}>
      <p>${t('workflow.myState')} <span class="chip state-${a.state}">${tx(`assignment.${a.state}`)}</span></p>
      ${a.state === 'finished' ? html`<p class="note" role="status" data-testid="frozen">${t('workflow.frozen')}</p>` : null}
      <div class="actions">${this.stateButtons(a, (s) => setOwnState(this.documentId, s))}</div>
    </div>`;
  }

  private assignees() {
    if (!this.curator) return null;
    return html`
      <h3>${t('workflow.assignees')}</h3>
      ${this.list.length ? html`<ul class="plain" data-testid="assignees">${this.list.map((a) => html`<li data-testid="assignee" data-assignee=${a.assignee} data-state=${a.state}>
        <strong>${a.assignee}</strong> <span class="chip state-${a.state}">${tx(`assignment.${a.state}`)}</span>
        ${this.stateButtons(a, (s) => setStateOf(this.documentId, a.assignee, s))}
        <button type="button" class="link" aria-label=${`${t('workflow.unassign')} ${a.assignee}`}
          @click=${() => this.run(() => unassign(this.documentId, a.assignee))}>×</button></li>`)}</ul>`
        : html`<p class="meta">${t('workflow.nobody')}</p>`}
      <corridor-member-picker label=${t('workflow.assign')} .scope=${{ visibility: 'public' }}
        @member-picked=${(e: CustomEvent<Member>) => this.run(() => assign(this.documentId, e.detail.username))}></corridor-member-picker>`;
  }

  render() {
    const f = this.flow;
    return html`<section class="panel" aria-labelledby="workflow-title" data-testid="workflow-panel">
      <h2 id="workflow-title">${t('workflow.title')}</h2>
      ${f ? html`<p data-testid="document-state" data-state=${f.state}>${t('workflow.documentState')}
        <span class="chip">${tx(`docstate.${f.state}`)}</span>
        ${this.curator ? f.allowed.map((s) => html`<button type="button" class="secondary" ?disabled=${this.busy} data-testid=${`docstate-${s}`}
          @click=${() => this.run(() => setWorkflow(this.documentId, s))}>${tx(`docstate.to.${s}`)}</button>`) : null}</p>` : null}
      ${this.mine()}
      ${this.assignees()}
      ${errorView(this.error)}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap { 'corridor-workflow-panel': WorkflowPanel }
}
