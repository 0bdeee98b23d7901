/** What stands in a step's way, in the user's language, naming the item it is about. */
import type { I18n } from '@shared/i18n';
import { qualityText } from '@shared/okr/quality-hints';
import { itemTitle, type ReadySession, type SessionIssue } from './session-model';

export function sessionIssueText(i18n: Pick<I18n, 't' | 'format'>, issue: SessionIssue, view: ReadySession): string {
  const { t, format } = i18n;
  const title = (id: string) => itemTitle(view, id) ?? t('session.issue.removedItem');
  switch (issue.code) {
    case 'no-candidates':
      return t('session.issue.no-candidates');
    case 'no-objectives':
      return t('session.issue.no-objectives');
    case 'objective-without-key-results':
      return t('session.issue.objective-without-key-results', { title: title(issue.objectiveItemId) });
    case 'key-result-without-owner':
      return t('session.issue.key-result-without-owner', { title: title(issue.keyResultItemId) });
    case 'checklist-incomplete':
      return t('session.issue.checklist-incomplete', { title: title(issue.objectiveItemId) });
    case 'no-facilitator':
      return t('session.issue.no-facilitator');
    case 'too-many-session-objectives':
      return t('session.issue.too-many-session-objectives', { count: format.number(issue.count), max: format.number(issue.max) });
    case 'quality':
      return t('session.issue.quality', { title: title(issue.itemId), hint: qualityText(i18n, issue.issue) });
  }
}

/** A stable React key for an issue. */
export function issueKey(issue: SessionIssue): string {
  switch (issue.code) {
    case 'objective-without-key-results':
    case 'checklist-incomplete':
      return `${issue.code}:${issue.objectiveItemId}`;
    case 'key-result-without-owner':
      return `${issue.code}:${issue.keyResultItemId}`;
    case 'quality':
      return `${issue.code}:${issue.itemId}:${issue.issue.code}`;
    default:
      return issue.code;
  }
}
