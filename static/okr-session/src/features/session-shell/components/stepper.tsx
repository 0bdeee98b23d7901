/**
 * The five steps as a row of tabs: each shows done / now / to do, the session's current step is
 * marked for everyone, and any step can be opened to look at its content. Arrow keys move between
 * steps (the tabs pattern); in a narrow column only the numbers and the open step's name show.
 */
import { CheckIcon } from '@shared/components/icons';
import { useI18n } from '@shared/i18n';
import { defineStyles } from '@shared/styles/define-styles';
import { border, color, font, radius, space } from '@shared/styles/tokens';
import { useRef } from 'react';
import { STEP_NAME, STEP_SHORT_NAME, type ReadySession, type SessionStep } from '../../../app-state/session-model';

defineStyles(
  'session-stepper',
  `
.okr-stepper { list-style: none; margin: 0; padding: 0; display: grid; grid-template-columns: repeat(5, minmax(0, 1fr)); gap: ${space.s050}; }
.okr-stepper__item { position: relative; min-width: 0; }
.okr-stepper__tab { width: 100%; height: 100%; display: flex; gap: ${space.s100}; align-items: flex-start; text-align: left;
  padding: ${space.s100}; border: none; border-radius: ${radius.medium}; background: none; cursor: pointer; color: ${color.textSubtle};
  border-bottom: ${border.widthFocused} solid ${color.border}; }
.okr-stepper__tab:hover { background: ${color.bgNeutralSubtleHovered}; }
.okr-stepper__tab:focus-visible { outline: ${border.widthFocused} solid ${color.borderFocused}; outline-offset: -2px; }
.okr-stepper__tab[aria-selected="true"] { background: ${color.bgSelected}; border-bottom-color: ${color.borderSelected}; color: ${color.text}; }
.okr-stepper__marker { flex: none; display: inline-flex; align-items: center; justify-content: center; width: 1.5rem; height: 1.5rem;
  border-radius: ${radius.full}; font: ${font.headingXxsmall}; font-variant-numeric: tabular-nums;
  border: ${border.widthFocused} solid ${color.borderInput}; color: ${color.textSubtle}; background: ${color.bgInput}; }
.okr-stepper__item[data-state="done"] .okr-stepper__marker { background: ${color.bgSuccessBold}; border-color: ${color.bgSuccessBold}; color: ${color.textInverse}; }
.okr-stepper__item[data-state="current"] .okr-stepper__marker { background: ${color.bgBrandBold}; border-color: ${color.bgBrandBold}; color: ${color.textInverse}; }
.okr-stepper__text { display: flex; flex-direction: column; gap: ${space.s025}; min-width: 0; }
.okr-stepper__name { font: ${font.headingXsmall}; color: inherit; }
.okr-stepper__state { font: ${font.bodySmall}; color: ${color.textSubtlest}; }
.okr-stepper__item[data-state="current"] .okr-stepper__state { color: ${color.textSelected}; font-weight: ${font.weightSemibold}; }
.okr-stepper__item[data-state="done"] .okr-stepper__state { color: ${color.textSuccess}; }
@container surface (max-width: 640px) {
  .okr-stepper { grid-template-columns: repeat(5, auto); justify-content: space-between; align-items: start; }
  .okr-stepper__tab { height: auto; flex-direction: column; align-items: center; text-align: center; padding: ${space.s075} ${space.s050};
    border-bottom-color: transparent; }
  .okr-stepper__tab[aria-selected="false"] .okr-stepper__text { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  .okr-stepper__state { display: none; }
}
`,
);

export function Stepper({
  view,
  shown,
  onShow,
  panelId,
  tabId,
}: {
  view: ReadySession;
  shown: SessionStep;
  onShow: (step: SessionStep) => void;
  /** The id of the step panel the tabs control. */
  panelId: string;
  tabId: (step: SessionStep) => string;
}) {
  const { t, format } = useI18n();
  const tabs = useRef<Array<HTMLButtonElement | null>>([]);

  const onKeyDown = (event: React.KeyboardEvent, index: number) => {
    const last = view.steps.length - 1;
    const target =
      event.key === 'ArrowRight' ? (index === last ? 0 : index + 1)
      : event.key === 'ArrowLeft' ? (index === 0 ? last : index - 1)
      : event.key === 'Home' ? 0
      : event.key === 'End' ? last
      : undefined;
    if (target === undefined) return;
    event.preventDefault();
    const step = view.steps[target];
    if (!step) return;
    onShow(step.step);
    tabs.current[target]?.focus();
  };

  return (
    <nav aria-label={t('session.steps')} data-testid="session-stepper">
      <ol className="okr-stepper" role="tablist" aria-label={t('session.steps')}>
        {view.steps.map((step, index) => {
          const selected = step.step === shown;
          return (
            <li className="okr-stepper__item" key={step.step} role="presentation" data-state={step.state}>
              <button
                ref={(el) => {
                  tabs.current[index] = el;
                }}
                type="button"
                role="tab"
                id={tabId(step.step)}
                aria-selected={selected}
                aria-controls={panelId}
                aria-current={step.state === 'current' ? 'step' : undefined}
                tabIndex={selected ? 0 : -1}
                className="okr-stepper__tab"
                data-testid="session-step"
                data-step={step.step}
                data-state={step.state}
                onClick={() => onShow(step.step)}
                onKeyDown={(event) => onKeyDown(event, index)}
              >
                <span className="okr-stepper__marker" aria-hidden="true">
                  {step.state === 'done' ? <CheckIcon size={14} /> : format.number(index + 1)}
                </span>
                <span className="okr-stepper__text">
                  <span className="okr-stepper__name" title={t(STEP_NAME[step.step])}>
                    {t(STEP_SHORT_NAME[step.step])}
                  </span>
                  <span className="okr-stepper__state">{t(`session.stepState.${step.state}`)}</span>
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
