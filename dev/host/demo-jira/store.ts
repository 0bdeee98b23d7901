/**
 * The demo Jira's data: the seed's issues plus whatever the app and tests create, in memory,
 * persisted to `demo-jira.json` in the host's data dir so created issues survive a restart.
 * Writes are coalesced (a burst of 2,000 creates writes the file once); `flush()` writes now and
 * the host calls it on close.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { initialStatus, type StatusName } from './catalog';
import { findJiraProject, JIRA_PROJECTS, type JiraProjectRecord } from './demo-projects';
import type { DemoJiraState, IssueRecord } from './issue-record';
import { buildSeedState } from './seed-issues';
import type { JiraActor } from './actor';
import { canSeeIssue, canSeeProject } from './visibility';

export interface DemoJiraStoreOptions {
  /** Where the state is kept; in memory only when absent. */
  file?: string | undefined;
  /** The instant a reset seeds relative to. */
  seedNow: () => Date;
}

export type NewIssue = Omit<IssueRecord, 'id' | 'key' | 'created' | 'updated' | 'status'> & { status?: StatusName };

const WRITE_DELAY_MS = 50;

export class DemoJiraStore {
  private state!: DemoJiraState;
  private readonly byId = new Map<string, IssueRecord>();
  private readonly byKey = new Map<string, IssueRecord>();
  private writeTimer: NodeJS.Timeout | undefined;

  constructor(private readonly options: DemoJiraStoreOptions) {
    const loaded = this.load();
    if (loaded) this.use(loaded);
    else this.reset();
  }

  /** Back to the seed (relative to `seedNow()`), and written at once. */
  reset(): void {
    this.use(buildSeedState(this.options.seedNow()));
    this.flush();
  }

  get issues(): readonly IssueRecord[] {
    return this.state.issues;
  }

  readonly projects: readonly JiraProjectRecord[] = JIRA_PROJECTS;

  /** By id, or by key in any case (Jira finds `grow-1`). */
  issue(idOrKey: string): IssueRecord | undefined {
    return this.byId.get(idOrKey) ?? this.byKey.get(idOrKey.toUpperCase());
  }

  project(idOrKey: string): JiraProjectRecord | undefined {
    return findJiraProject(idOrKey);
  }

  projectOf(issue: IssueRecord): JiraProjectRecord {
    const project = findJiraProject(issue.projectKey);
    if (!project) throw new Error(`issue ${issue.key} is in unknown project ${issue.projectKey}`);
    return project;
  }

  /** The issue when it exists and the actor may see it; undefined otherwise (never tell which). */
  visibleIssue(actor: JiraActor, idOrKey: string): IssueRecord | undefined {
    const issue = this.issue(idOrKey);
    return issue && this.canSee(actor, issue) ? issue : undefined;
  }

  visibleProject(actor: JiraActor, idOrKey: string): JiraProjectRecord | undefined {
    const project = this.project(idOrKey);
    return project && canSeeProject(actor, project) ? project : undefined;
  }

  canSee(actor: JiraActor, issue: IssueRecord): boolean {
    return canSeeIssue(actor, issue, this.projectOf(issue));
  }

  create(fields: NewIssue, at: Date): IssueRecord {
    const number = (this.state.counters[fields.projectKey] ?? 0) + 1;
    this.state.counters[fields.projectKey] = number;
    const id = String(this.state.nextIssueId++);
    const stamp = at.toISOString();
    // A new issue starts in its workflow's first "To Do" status (MOB's is 해야 할 일).
    const project = this.project(fields.projectKey);
    const status = fields.status ?? (project ? initialStatus(project.statuses).name : 'To Do');
    const issue: IssueRecord = { ...fields, id, key: `${fields.projectKey}-${number}`, status, created: stamp, updated: stamp };
    this.state.issues.push(issue);
    this.index(issue);
    this.scheduleWrite();
    return issue;
  }

  setStatus(issue: IssueRecord, status: StatusName, at: Date): void {
    issue.status = status;
    issue.updated = at.toISOString();
    this.scheduleWrite();
  }

  /** Writes the state now (pending coalesced writes included). */
  flush(): void {
    if (this.writeTimer) clearTimeout(this.writeTimer);
    this.writeTimer = undefined;
    const file = this.options.file;
    if (!file) return;
    // Write then rename, so a crash mid-write never leaves half a file to load.
    writeFileSync(`${file}.tmp`, JSON.stringify(this.state));
    renameSync(`${file}.tmp`, file);
  }

  private scheduleWrite(): void {
    if (!this.options.file || this.writeTimer) return;
    this.writeTimer = setTimeout(() => this.flush(), WRITE_DELAY_MS);
    this.writeTimer.unref();
  }

  private load(): DemoJiraState | undefined {
    const file = this.options.file;
    if (!file || !existsSync(file)) return undefined;
    try {
      const state = JSON.parse(readFileSync(file, 'utf8')) as DemoJiraState;
      return state.version === 1 && Array.isArray(state.issues) ? state : undefined;
    } catch {
      // An unreadable file is replaced by the seed rather than stopping the host.
      return undefined;
    }
  }

  private use(state: DemoJiraState): void {
    this.state = state;
    this.byId.clear();
    this.byKey.clear();
    for (const issue of state.issues) this.index(issue);
  }

  private index(issue: IssueRecord): void {
    this.byId.set(issue.id, issue);
    this.byKey.set(issue.key.toUpperCase(), issue);
  }
}
