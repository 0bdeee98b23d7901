/** What the session will be: its five steps (OKR-METHOD.md, seed 002), and that it is coming. */
import { ComingSoon } from '@shared/components/coming-soon';
import { Page } from '@shared/components/page';
import { PageIntro } from '@shared/components/page-intro';
import { useI18n } from '@shared/i18n';
import { defineStyles } from '@shared/styles/define-styles';
import { color, font, radius, space } from '@shared/styles/tokens';

defineStyles(
  'session-steps',
  `
.okr-steps { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: ${space.s100}; }
.okr-steps__title { font: ${font.headingXsmall}; color: ${color.textSubtle}; }
.okr-steps__step { display: flex; gap: ${space.s150}; align-items: flex-start; color: ${color.text}; }
.okr-steps__number { flex: none; display: inline-flex; align-items: center; justify-content: center; width: 1.5rem; height: 1.5rem;
  border-radius: ${radius.full}; background: ${color.bgSelected}; color: ${color.textSelected}; font: ${font.headingXxsmall}; }
`,
);

const STEPS = ['session.step.prep', 'session.step.stage', 'session.step.keyResults', 'session.step.owners', 'session.step.review'] as const;

export function SessionPreview() {
  const { t, format } = useI18n();
  return (
    <Page>
      <PageIntro title={t('session.name')} about={t('session.about')} />
      <section aria-labelledby="session-steps-title" style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
        <h2 className="okr-steps__title" id="session-steps-title">
          {t('session.steps')}
        </h2>
        <ol className="okr-steps">
          {STEPS.map((step, index) => (
            <li className="okr-steps__step" key={step}>
              <span className="okr-steps__number" aria-hidden="true">
                {format.number(index + 1)}
              </span>
              <span>{t(step)}</span>
            </li>
          ))}
        </ol>
      </section>
      <ComingSoon body={t('comingSoon.session')} />
    </Page>
  );
}
