/** Progress status (on track, at risk, ...) as a lozenge, and the commitment type beside it. */
import { Lozenge } from '../components/lozenge';
import { useI18n } from '../i18n';
import { STATUS_APPEARANCE, type Commitment, type ProgressStatus } from './okr-labels';

export function StatusLozenge({ status, testId }: { status: ProgressStatus; testId?: string }) {
  const { t } = useI18n();
  return (
    <Lozenge appearance={STATUS_APPEARANCE[status]} testId={testId}>
      {t(`status.${status}`)}
    </Lozenge>
  );
}

export function CommitmentLozenge({ commitment }: { commitment: Commitment }) {
  const { t } = useI18n();
  return (
    <Lozenge appearance={commitment === 'aspirational' ? 'new' : 'default'} title={t(`commitment.${commitment}.help`)}>
      {t(`commitment.${commitment}`)}
    </Lozenge>
  );
}
