/** One section of a settings page (`Section`) and its head: title, a line on what it is for, actions. */
import type { ReactNode } from 'react';
import { defineStyles } from '../styles/define-styles';
import { color, font, space } from '../styles/tokens';

defineStyles(
  'section-header',
  `
.okr-section { display: flex; flex-direction: column; gap: ${space.s200}; min-width: 0; }
.okr-section-head { display: flex; flex-wrap: wrap; gap: ${space.s150}; align-items: flex-start; justify-content: space-between; }
.okr-section-head__text { display: flex; flex-direction: column; gap: ${space.s050}; min-width: 0; flex: 1 1 20rem; }
.okr-section-head__title { font: ${font.headingSmall}; color: ${color.text}; }
.okr-section-head__about { color: ${color.textSubtle}; max-width: 44rem; }
.okr-section-head__actions { display: flex; flex-wrap: wrap; gap: ${space.s100}; }
`,
);

export function SectionHeader({ title, about, actions }: { title: string; about?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="okr-section-head">
      <div className="okr-section-head__text">
        <h2 className="okr-section-head__title">{title}</h2>
        {about ? <p className="okr-section-head__about">{about}</p> : null}
      </div>
      {actions ? <div className="okr-section-head__actions">{actions}</div> : null}
    </div>
  );
}

export function Section({ label, testId, children }: { label: string; testId?: string; children: ReactNode }) {
  return (
    <section className="okr-section" aria-label={label} data-testid={testId}>
      {children}
    </section>
  );
}
