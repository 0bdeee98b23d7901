/** The session's shared look: cards, sections with headings, item lists. Imported by every step. */
import { defineStyles } from '@shared/styles/define-styles';
import { border, color, elevation, font, radius, space } from '@shared/styles/tokens';

defineStyles(
  'session-common',
  `
.okr-session-card { display: flex; flex-direction: column; gap: ${space.s150}; padding: ${space.s200};
  background: ${elevation.surfaceRaised}; border: ${border.width} solid ${color.border}; border-radius: ${radius.large}; box-shadow: ${elevation.shadowRaised}; min-width: 0; }
.okr-session-section { display: flex; flex-direction: column; gap: ${space.s100}; min-width: 0; }
.okr-session-section__title { font: ${font.headingXsmall}; color: ${color.text}; display: flex; gap: ${space.s100}; align-items: center; flex-wrap: wrap; }
.okr-session-section__about { color: ${color.textSubtle}; font: ${font.bodySmall}; }
.okr-session-columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: ${space.s200}; align-items: start; }
.okr-session-list { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; }
.okr-session-list > li + li { border-top: ${border.width} solid ${color.border}; }
.okr-session-muted { color: ${color.textSubtlest}; font: ${font.bodySmall}; }
.okr-session-actions { display: flex; flex-wrap: wrap; gap: ${space.s100}; align-items: center; }
.okr-session-actions--end { justify-content: flex-end; }
.okr-session-saved { display: inline-flex; gap: ${space.s050}; align-items: center; color: ${color.textSuccess}; font: ${font.bodySmall}; }
@container surface (max-width: 480px) { .okr-session-card { padding: ${space.s150}; } }
`,
);
