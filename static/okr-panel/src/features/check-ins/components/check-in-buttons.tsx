/**
 * The row's check-in actions: "Check in" (opens the form) and the history toggle. A key result
 * whose progress comes from its initiatives takes no check-ins: no button, and the history toggle
 * only while it still has check-ins from before it switched.
 */
import { Button } from '@shared/components/button';
import { HistoryIcon } from '@shared/components/icons';
import { useI18n } from '@shared/i18n';

export type CheckInPanel = 'none' | 'check-in' | 'history';

export function CheckInButtons({
  keyResultId,
  canCheckIn,
  hasHistory,
  panel,
  onChange,
}: {
  keyResultId: string;
  canCheckIn: boolean;
  hasHistory: boolean;
  panel: CheckInPanel;
  onChange: (panel: CheckInPanel) => void;
}) {
  const { t } = useI18n();
  const historyOpen = panel === 'history';
  if (!canCheckIn && !hasHistory) return null;
  return (
    <>
      {canCheckIn ? (
        <Button
          compact
          onClick={() => onChange(panel === 'check-in' ? 'none' : 'check-in')}
          aria-expanded={panel === 'check-in'}
          data-return-focus={`check-in-${keyResultId}`}
          testId="check-in-button"
        >
          {t('checkIn.button')}
        </Button>
      ) : null}
      <Button
        compact
        appearance="subtle"
        icon={<HistoryIcon />}
        iconOnlyLabel={historyOpen ? t('checkIn.hideHistory') : t('checkIn.showHistory')}
        aria-expanded={historyOpen}
        onClick={() => onChange(historyOpen ? 'none' : 'history')}
        testId="check-in-history-toggle"
      />
    </>
  );
}
