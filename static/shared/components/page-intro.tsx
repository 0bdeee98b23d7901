/** The title block of a full page (Jira project page, session): name and one line on what it does. */
import type { ReactNode } from 'react';
import { defineStyles } from '../styles/define-styles';
import { color, font, space } from '../styles/tokens';
import { TargetIcon } from './icons';

defineStyles(
  'page-intro',
  `
.okr-intro { display: flex; gap: ${space.s150}; align-items: flex-start; }
.okr-intro__icon { flex: none; display: inline-flex; padding: ${space.s100}; border-radius: 50%; background: ${color.bgSelected}; color: ${color.textSelected}; }
.okr-intro__text { display: flex; flex-direction: column; gap: ${space.s050}; min-width: 0; }
.okr-intro__title { font: ${font.headingMedium}; color: ${color.text}; }
.okr-intro__about { color: ${color.textSubtle}; max-width: 44rem; }
`,
);

export function PageIntro({ title, about, children }: { title: string; about: string; children?: ReactNode }) {
  return (
    <header className="okr-intro">
      <span className="okr-intro__icon">
        <TargetIcon size={20} />
      </span>
      <div className="okr-intro__text">
        <h1 className="okr-intro__title">{title}</h1>
        <p className="okr-intro__about">{about}</p>
        {children}
      </div>
    </header>
  );
}
