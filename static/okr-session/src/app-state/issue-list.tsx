/** A list of what blocks (or what is advised about) a step or publishing, each naming its item. */
import { useI18n } from '@shared/i18n';
import { defineStyles } from '@shared/styles/define-styles';
import { font, space } from '@shared/styles/tokens';
import { issueKey, sessionIssueText } from './issue-text';
import { useSession } from './session-context';
import type { SessionIssue } from './session-model';

defineStyles(
  'session-issue-list',
  `
.okr-issue-list { margin: ${space.s050} 0 0; padding-left: ${space.s200}; display: flex; flex-direction: column; gap: ${space.s025}; }
.okr-issue-list li { font: ${font.body}; }
`,
);

export function IssueList({ issues, extra = [], testId }: { issues: readonly SessionIssue[]; /** Lines after the issues. */ extra?: readonly string[]; testId?: string }) {
  const i18n = useI18n();
  const { view } = useSession();
  return (
    <ul className="okr-issue-list" data-testid={testId}>
      {issues.map((issue) => (
        <li key={issueKey(issue)} data-code={issue.code}>
          {sessionIssueText(i18n, issue, view)}
        </li>
      ))}
      {extra.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
