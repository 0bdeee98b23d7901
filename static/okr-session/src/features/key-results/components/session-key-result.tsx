/** A draft key result under its objective: the outcome, how it is measured, its owner if set, quality hints. */
import { deleteSessionItemPayload } from '@contracts/schemas';
import { UserName } from '@shared/components/avatar';
import { Button } from '@shared/components/button';
import { ConfirmDelete } from '@shared/components/confirm-delete';
import { PencilIcon, TrashIcon } from '@shared/components/icons';
import { useI18n } from '@shared/i18n';
import { QualityHints } from '@shared/okr/quality-hints';
import { defineStyles } from '@shared/styles/define-styles';
import { border, color, font, space } from '@shared/styles/tokens';
import { useState } from 'react';
import { deleteSessionItem } from '../../../api/invokes';
import { measureSummary } from '../../../app-state/measure-summary';
import { useSession } from '../../../app-state/session-context';
import { qualityOf, type KeyResultItemView } from '../../../app-state/session-model';
import { KeyResultEditor } from './key-result-editor';

defineStyles(
  'session-kr',
  `
.okr-session-kr { display: flex; flex-direction: column; gap: ${space.s075}; padding: ${space.s150} 0; }
.okr-session-kr + .okr-session-kr { border-top: ${border.width} solid ${color.border}; }
.okr-session-kr__top { display: flex; gap: ${space.s100} ${space.s150}; align-items: flex-start; flex-wrap: wrap; }
.okr-session-kr__title { flex: 1 1 12rem; min-width: 0; font: ${font.body}; font-weight: ${font.weightMedium}; color: ${color.text}; }
.okr-session-kr__meta { display: flex; flex-wrap: wrap; gap: ${space.s050} ${space.s150}; align-items: center; font: ${font.bodySmall}; color: ${color.textSubtle}; }
.okr-session-kr__actions { flex: none; display: flex; gap: ${space.s025}; margin-left: auto; }
`,
);

export function SessionKeyResult({ item }: { item: KeyResultItemView }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { view, editable, reload } = useSession();
  const [mode, setMode] = useState<'view' | 'edit' | 'delete'>('view');
  const editKey = `edit-session-kr-${item.id}`;
  const deleteKey = `delete-session-kr-${item.id}`;
  return (
    <li className="okr-session-kr" data-testid="session-kr" data-item-id={item.id}>
      {mode === 'edit' ? (
        <KeyResultEditor objectiveItemId={item.objectiveItemId} item={item} onDone={() => setMode('view')} returnFocusKey={editKey} />
      ) : (
        <>
          <div className="okr-session-kr__top">
            <span className="okr-session-kr__title" data-testid="session-kr-title">
              {item.title}
            </span>
            {editable ? (
              <div className="okr-session-kr__actions">
                <Button appearance="subtle" compact icon={<PencilIcon />} iconOnlyLabel={t('kr.edit')} onClick={() => setMode('edit')} data-return-focus={editKey} testId="edit-session-kr" />
                <Button appearance="subtle" compact icon={<TrashIcon />} iconOnlyLabel={t('kr.delete')} onClick={() => setMode('delete')} data-return-focus={deleteKey} testId="delete-session-kr" />
              </div>
            ) : null}
          </div>
          <div className="okr-session-kr__meta">
            <span data-testid="session-kr-measure">{measureSummary(i18n, item.measure)}</span>
            {item.ownerAccountId ? <UserName accountId={item.ownerAccountId} size={16} /> : null}
          </div>
          <QualityHints issues={qualityOf(view, item)} testId="session-kr-quality" />
        </>
      )}
      {mode === 'delete' ? (
        <ConfirmDelete
          title={t('kr.deleteTitle')}
          body={t('session.kr.deleteBody', { title: item.title })}
          id={item.id}
          latestVersion={item.version}
          schema={deleteSessionItemPayload}
          remove={deleteSessionItem}
          reload={reload}
          onDeleted={() => void reload()}
          onCancel={() => setMode('view')}
          returnFocusKey={[deleteKey, `add-session-kr-${item.objectiveItemId}`]}
          testId="delete-session-kr-dialog"
        />
      ) : null}
    </li>
  );
}
