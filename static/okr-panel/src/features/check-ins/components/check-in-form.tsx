/**
 * Record a check-in: the current value (a number, a percentage, or done / not done), how
 * confident the owner is, and a short comment. Check-ins are append-only, so there is no
 * version to conflict on; the form still keeps its input on any failure.
 */
import type { KeyResultView } from '@contracts/views';
import { LIMITS } from '@contracts/limits';
import { addCheckInPayload } from '@contracts/schemas';
import { FormDialog } from '@shared/components/form-dialog';
import { Select } from '@shared/components/select';
import { TextField } from '@shared/components/text-field';
import { fieldMessages } from '@shared/field-errors';
import { useVersionedSave } from '@shared/hooks/use-save';
import { useI18n } from '@shared/i18n';
import { CONFIDENCES, type Confidence } from '@shared/okr/okr-labels';
import { useState } from 'react';
import { z } from 'zod';
import { usePanel } from '../../../app-state/panel-context';
import { addCheckIn } from '../../../api/invokes';
import { checkInStartValue } from '../hooks/check-in-value';

const FIELDS = ['value', 'confidence', 'comment'] as const;
/** A percentage reading is a share of 100, so the form refuses 140% before the resolver does. */
const percentageCheckIn = addCheckInPayload.extend({ value: z.number().min(0).max(100) });

export function CheckInForm({
  keyResult,
  onDone,
  correcting,
}: {
  keyResult: KeyResultView;
  onDone: (saved: boolean) => void;
  /** The earlier reading this check-in corrects (check-ins stay append-only). */
  correcting?: { id: string; value: number; createdAt: string } | undefined;
}) {
  const { t, format } = useI18n();
  const { reload } = usePanel();
  const { measure } = keyResult;
  const [value, setValue] = useState(() => (correcting ? String(correcting.value) : checkInStartValue(measure)));
  const [confidence, setConfidence] = useState<Confidence>(keyResult.lastCheckIn?.confidence ?? 'medium');
  const [comment, setComment] = useState('');
  const saving = useVersionedSave(undefined, reload);
  const { byField, unplaced } = fieldMessages(t, saving.state.status === 'failed' ? saving.state.error : undefined, FIELDS);

  const submit = async () => {
    const payload = {
      keyResultId: keyResult.id,
      value: value.trim() === '' ? undefined : Number(value),
      confidence,
      comment,
      ...(correcting ? { correctsCheckInId: correcting.id } : {}),
    };
    const schema = measure.kind === 'percentage' ? percentageCheckIn : addCheckInPayload;
    const saved = await saving.save(schema, payload, addCheckIn);
    if (!saved) return;
    await reload();
    onDone(true);
  };

  return (
    <FormDialog
      title={
        correcting
          ? t('history.correctTitle', { date: format.dateTime(correcting.createdAt), value: format.number(correcting.value) })
          : t('checkIn.title', { title: keyResult.title })
      }
      submitLabel={t('checkIn.save')}
      submitTestId="save-check-in"
      saving={saving}
      unplaced={unplaced}
      onSubmit={() => void submit()}
      onCancel={() => onDone(false)}
      returnFocusKey={correcting ? `correct-${correcting.id}` : `check-in-${keyResult.id}`}
      testId="check-in-form"
    >
      <div className="okr-form-row">
        {measure.kind === 'milestone' ? (
          <Select
            label={t('checkIn.value.milestone')}
            value={value}
            options={[
              { value: '1', label: t('kr.milestoneDone') },
              { value: '0', label: t('kr.milestoneNotDone') },
            ]}
            onChange={setValue}
            error={byField.value}
            testId="check-in-value-input"
          />
        ) : (
          <TextField
            label={
              measure.kind === 'percentage'
                ? t('checkIn.value.percentage')
                : measure.kind === 'metric' && measure.unit
                  ? `${t('checkIn.value')} (${measure.unit})`
                  : t('checkIn.value')
            }
            required
            type="number"
            value={value}
            onChange={setValue}
            help={
              measure.kind === 'metric'
                ? t('checkIn.value.metricHelp', { baseline: format.number(measure.baseline), target: format.number(measure.target) })
                : undefined
            }
            error={byField.value}
            autoFocus
            testId="check-in-value-input"
          />
        )}
        <Select
          label={t('checkIn.confidence')}
          value={confidence}
          options={CONFIDENCES.map((level) => ({ value: level, label: t(`confidence.${level}`) }))}
          onChange={setConfidence}
          help={t('checkIn.confidence.help')}
          error={byField.confidence}
          testId="check-in-confidence-select"
        />
      </div>
      <TextField
        label={t('checkIn.comment')}
        optionalText={t('common.optional')}
        multiline
        value={comment}
        onChange={setComment}
        maxLength={LIMITS.commentMax}
        placeholder={t('checkIn.comment.placeholder')}
        error={byField.comment}
        testId="check-in-comment-input"
      />
    </FormDialog>
  );
}
