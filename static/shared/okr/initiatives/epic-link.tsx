/**
 * An epic's key as a link. The href is the issue on the user's site (copy, hover, middle-click);
 * a plain click asks the host to open it (`router.open`), since a Custom UI iframe cannot
 * navigate the Jira page itself.
 */
import { issueHref, openIssue } from '../../api/navigation';
import { useForgeContext } from '../../context';
import { useI18n } from '../../i18n';
import { defineStyles } from '../../styles/define-styles';
import { color, font, radius } from '../../styles/tokens';

defineStyles(
  'epic-link',
  `
.okr-epic-link { flex: none; font-weight: ${font.weightMedium}; color: ${color.link}; text-decoration: none; border-radius: ${radius.xsmall};
  font-variant-numeric: tabular-nums; white-space: nowrap; }
.okr-epic-link:hover { text-decoration: underline; }
`,
);

export function EpicLink({ epicKey, testId }: { epicKey: string; testId?: string }) {
  const { t } = useI18n();
  const { siteUrl } = useForgeContext();
  const label = t('initiative.openEpic', { key: epicKey });
  return (
    <a
      className="okr-epic-link"
      href={issueHref(siteUrl, epicKey)}
      target="_blank"
      rel="noreferrer"
      title={label}
      aria-label={label}
      data-testid={testId}
      onClick={(event) => {
        event.preventDefault();
        void openIssue(epicKey);
      }}
    >
      {epicKey}
    </a>
  );
}
