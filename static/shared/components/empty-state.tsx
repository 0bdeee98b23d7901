/** A designed "nothing here yet" block: a small illustration, a title, one line, an action. */
import type { ReactNode } from 'react';
import { defineStyles } from '../styles/define-styles';
import { color, font, radius, space } from '../styles/tokens';

defineStyles(
  'empty-state',
  `
.okr-empty { display: flex; flex-direction: column; align-items: center; text-align: center; gap: ${space.s100};
  padding: ${space.s400} ${space.s200}; border: 1px dashed ${color.border}; border-radius: ${radius.large}; }
.okr-empty__art { color: ${color.textSelected}; margin-bottom: ${space.s050}; }
.okr-empty__title { font: ${font.headingSmall}; color: ${color.text}; }
.okr-empty__body { max-width: 32rem; color: ${color.textSubtle}; }
.okr-empty__actions { display: flex; flex-wrap: wrap; justify-content: center; gap: ${space.s100}; margin-top: ${space.s100}; }
`,
);

export function EmptyState({ title, body, actions, testId }: { title: string; body?: ReactNode; actions?: ReactNode; testId?: string }) {
  return (
    <section className="okr-empty" data-testid={testId} aria-label={title}>
      <svg className="okr-empty__art" width="56" height="56" viewBox="0 0 56 56" aria-hidden="true" focusable="false">
        <circle cx="28" cy="28" r="24" fill="none" stroke="currentColor" strokeOpacity="0.25" strokeWidth="4" />
        <circle cx="28" cy="28" r="15" fill="none" stroke="currentColor" strokeOpacity="0.5" strokeWidth="4" />
        <circle cx="28" cy="28" r="6" fill="currentColor" />
      </svg>
      <h2 className="okr-empty__title">{title}</h2>
      {body ? <p className="okr-empty__body">{body}</p> : null}
      {actions ? <div className="okr-empty__actions">{actions}</div> : null}
    </section>
  );
}
