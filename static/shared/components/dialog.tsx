/**
 * A dialog that opens *in place*, in the page flow where the user acted, rather than as an
 * overlay. Why: a Confluence macro's iframe grows to fit its content, so a centred overlay is
 * clipped in a short panel and lands off-screen in a tall one. It still behaves like a dialog:
 * focus moves in, Tab stays inside, Escape cancels, and focus returns to the trigger on close.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { defineStyles } from '../styles/define-styles';
import { border, color, elevation, font, radius, space } from '../styles/tokens';

defineStyles(
  'dialog',
  `
.okr-dialog {
  display: flex; flex-direction: column; gap: ${space.s200};
  padding: ${space.s200}; border-radius: ${radius.medium};
  background: ${elevation.surfaceRaised}; box-shadow: ${elevation.shadowRaised};
  border: ${border.width} solid ${color.borderSelected};
}
.okr-dialog--alert { border-color: ${color.borderDanger}; }
.okr-dialog:focus { outline: none; }
.okr-dialog__title { font: ${font.headingSmall}; color: ${color.text}; }
.okr-dialog__description { color: ${color.textSubtle}; }
.okr-dialog__body { display: flex; flex-direction: column; gap: ${space.s150}; }
.okr-form-row { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: ${space.s150}; align-items: start; }
.okr-dialog__footer { display: flex; flex-wrap: wrap; justify-content: flex-end; gap: ${space.s100}; }
`,
);

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export interface DialogProps {
  title: string;
  description?: ReactNode;
  children?: ReactNode;
  footer: ReactNode;
  onClose: () => void;
  /** Renders a <form>: Enter in a field submits, like in any Atlassian form. */
  onSubmit?: () => void;
  /** `alertdialog` for confirmations of destructive actions. */
  role?: 'dialog' | 'alertdialog';
  /**
   * The trigger is often re-rendered while the dialog is open (a card swaps to its editor);
   * give it `data-return-focus="<key>"` and pass the key so focus finds the new element.
   * Several keys are tried in order (after a deletion the trigger is gone for good).
   */
  returnFocusKey?: string | readonly string[];
  testId?: string;
}

export function Dialog({ title, description, children, footer, onClose, onSubmit, role = 'dialog', returnFocusKey, testId }: DialogProps) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    // The trigger may already be gone (its row swapped to this dialog): then focus is on <body>.
    const active = document.activeElement;
    const opener = active instanceof HTMLElement && active !== document.body ? active : null;
    const container = ref.current;
    const first = container?.querySelector<HTMLElement>('[data-autofocus]') ?? container?.querySelector<HTMLElement>(FOCUSABLE);
    (first ?? container)?.focus();
    container?.scrollIntoView?.({ block: 'nearest' });
    return () => {
      // After the unmount commit, so a re-rendered trigger exists by then.
      window.setTimeout(() => {
        if (container?.isConnected && container.contains(document.activeElement)) return;
        const keys = typeof returnFocusKey === 'string' ? [returnFocusKey] : (returnFocusKey ?? []);
        const target =
          (opener?.isConnected ? opener : null) ??
          keys.map((key) => document.querySelector<HTMLElement>(`[data-return-focus="${CSS.escape(key)}"]`)).find(Boolean);
        target?.focus();
      }, 0);
    };
    // Keys are compared by value: a new array with the same keys is the same request.
  }, [typeof returnFocusKey === 'string' ? returnFocusKey : returnFocusKey?.join('\n')]);

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onCloseRef.current();
      return;
    }
    if (event.key !== 'Tab' || !ref.current) return;
    const focusables = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null);
    const first = focusables[0];
    const last = focusables[focusables.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  const body = (
    <>
      {children ? <div className="okr-dialog__body">{children}</div> : null}
      <div className="okr-dialog__footer">{footer}</div>
    </>
  );

  return (
    <div
      ref={ref}
      role={role}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      tabIndex={-1}
      className={`okr-dialog${role === 'alertdialog' ? ' okr-dialog--alert' : ''}`}
      onKeyDown={onKeyDown}
      data-testid={testId}
    >
      <h3 className="okr-dialog__title" id={titleId}>
        {title}
      </h3>
      {description ? (
        <div className="okr-dialog__description" id={descriptionId}>
          {description}
        </div>
      ) : null}
      {onSubmit ? (
        <form
          noValidate
          className="okr-dialog__body"
          onSubmit={(event) => {
            event.preventDefault();
            onSubmit();
          }}
        >
          {body}
        </form>
      ) : (
        body
      )}
    </div>
  );
}
