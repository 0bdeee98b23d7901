/** "Link epic" under a key result, opening the epic picker in its place. */
import type { KeyResultView } from '@contracts/views';
import { Button } from '@shared/components/button';
import { LinkIcon } from '@shared/components/icons';
import { useI18n } from '@shared/i18n';
import { useState } from 'react';
import { EpicPicker } from './epic-picker';

export function LinkEpic({ keyResult }: { keyResult: KeyResultView }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const focusKey = `link-epic-${keyResult.id}`;
  if (open) return <EpicPicker keyResult={keyResult} onDone={() => setOpen(false)} returnFocusKey={focusKey} />;
  return (
    <Button compact icon={<LinkIcon />} onClick={() => setOpen(true)} data-return-focus={focusKey} testId="link-epic">
      {t('epicPicker.link')}
    </Button>
  );
}
