/**
 * Atlassian-style tabs (the WAI-ARIA tabs pattern): arrows, Home and End move between tabs, the
 * selected one shows its panel. Every panel stays mounted (hidden when not selected) so an open
 * form keeps what was typed while the user looks at another tab.
 */
import { useId, useRef, type ReactNode } from 'react';
import { defineStyles } from '../styles/define-styles';
import { border, color, font, space } from '../styles/tokens';

defineStyles(
  'tabs',
  `
.okr-tabs__list { display: flex; flex-wrap: wrap; gap: ${space.s050}; border-bottom: ${border.widthFocused} solid ${color.border}; }
.okr-tabs__tab { position: relative; padding: ${space.s075} ${space.s100}; border: none; background: none; cursor: pointer;
  font: ${font.body}; font-weight: ${font.weightMedium}; color: ${color.textSubtle}; border-radius: 0; margin-bottom: -${border.widthFocused}; }
.okr-tabs__tab:hover { color: ${color.text}; }
.okr-tabs__tab[aria-selected="true"] { color: ${color.textSelected}; box-shadow: inset 0 -${border.widthFocused} 0 ${color.borderSelected}; }
.okr-tabs__panel { padding-top: ${space.s200}; display: flex; flex-direction: column; gap: ${space.s200}; }
.okr-tabs__panel[hidden] { display: none; }
.okr-tabs__panel:focus-visible { outline-offset: ${space.s050}; }
`,
);

export interface TabItem<K extends string> {
  key: K;
  label: string;
  panel: ReactNode;
}

export function Tabs<K extends string>({
  label,
  tabs,
  selected,
  onSelect,
}: {
  /** Names the tab list for screen readers. */
  label: string;
  tabs: ReadonlyArray<TabItem<K>>;
  selected: K;
  onSelect: (key: K) => void;
}) {
  const id = useId();
  const refs = useRef(new Map<K, HTMLButtonElement>());
  const move = (from: number, step: number | 'first' | 'last') => {
    const index = step === 'first' ? 0 : step === 'last' ? tabs.length - 1 : (from + step + tabs.length) % tabs.length;
    const tab = tabs[index];
    if (!tab) return;
    onSelect(tab.key);
    refs.current.get(tab.key)?.focus();
  };
  const onKeyDown = (event: React.KeyboardEvent, index: number) => {
    const steps: Record<string, number | 'first' | 'last'> = { ArrowRight: 1, ArrowLeft: -1, Home: 'first', End: 'last' };
    const step = steps[event.key];
    if (step === undefined) return;
    event.preventDefault();
    move(index, step);
  };
  return (
    <div className="okr-tabs">
      <div className="okr-tabs__list" role="tablist" aria-label={label}>
        {tabs.map((tab, index) => (
          <button
            key={tab.key}
            ref={(element) => {
              if (element) refs.current.set(tab.key, element);
              else refs.current.delete(tab.key);
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${tab.key}`}
            aria-selected={tab.key === selected}
            aria-controls={`${id}-panel-${tab.key}`}
            tabIndex={tab.key === selected ? 0 : -1}
            className="okr-tabs__tab"
            data-testid={`tab-${tab.key}`}
            onClick={() => onSelect(tab.key)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.key}
          role="tabpanel"
          id={`${id}-panel-${tab.key}`}
          aria-labelledby={`${id}-tab-${tab.key}`}
          className="okr-tabs__panel"
          hidden={tab.key !== selected}
          tabIndex={0}
        >
          {tab.panel}
        </div>
      ))}
    </div>
  );
}
