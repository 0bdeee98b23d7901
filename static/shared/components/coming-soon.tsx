/** A card for a part of the app that is being built: what it will do, without links or dates. */
import { useI18n } from '../i18n';
import { defineStyles } from '../styles/define-styles';
import { border, color, elevation, font, radius, space } from '../styles/tokens';
import { Lozenge } from './lozenge';

defineStyles(
  'coming-soon',
  `
.okr-soon { display: flex; flex-direction: column; gap: ${space.s100}; padding: ${space.s200};
  border-radius: ${radius.large}; border: ${border.width} solid ${color.border}; background: ${elevation.surfaceRaised}; box-shadow: ${elevation.shadowRaised}; }
.okr-soon__title { display: flex; gap: ${space.s100}; align-items: center; font: ${font.headingXsmall}; color: ${color.text}; }
.okr-soon__body { color: ${color.textSubtle}; }
`,
);

export function ComingSoon({ body }: { body: string }) {
  const { t } = useI18n();
  return (
    <section className="okr-soon" data-testid="coming-soon" aria-label={t('comingSoon.title')}>
      <h2 className="okr-soon__title">
        <Lozenge appearance="new">{t('comingSoon.title')}</Lozenge>
      </h2>
      <p className="okr-soon__body">{body}</p>
    </section>
  );
}
