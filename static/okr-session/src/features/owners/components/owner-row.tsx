/**
 * One key result and its owner. Choosing a person saves at once; a key result without an owner is
 * highlighted. If someone else changed the key result meanwhile, their owner shows beside the
 * choice, which the user can still apply.
 */
import { saveSessionItemPayload } from '@contracts/schemas';
import { UserName } from '@shared/components/avatar';
import { Lozenge } from '@shared/components/lozenge';
import { Spinner } from '@shared/components/spinner';
import { UserPicker } from '@shared/components/user-picker';
import { useI18n } from '@shared/i18n';
import { saveSessionItem } from '../../../api/invokes';
import { DraftFeedback } from '../../../app-state/draft-feedback';
import { measureSummary } from '../../../app-state/measure-summary';
import { useSession } from '../../../app-state/session-context';
import { keyResultItemPayload, type KeyResultItemView } from '../../../app-state/session-model';
import { useItemDraft } from '../../../app-state/use-item-draft';

export function OwnerRow({ item }: { item: KeyResultItemView }) {
  const i18n = useI18n();
  const { t } = i18n;
  const { view, editable } = useSession();
  const form = useItemDraft({
    key: `owner:${item.id}`,
    server: { ownerAccountId: item.ownerAccountId },
    version: item.version,
    schema: saveSessionItemPayload,
    payload: (draft, version) => keyResultItemPayload(item, { ownerAccountId: draft.ownerAccountId ?? null }, version),
    send: saveSessionItem,
  });
  const latest = view.keyResults.find((k) => k.id === item.id);
  const owner = form.draft.ownerAccountId;
  const missing = !item.ownerAccountId;

  return (
    <tr className={`okr-owners__row${missing ? ' okr-owners__row--missing' : ''}`} data-testid="owner-row" data-item-id={item.id} data-has-owner={!missing}>
      <td>
        <div className="okr-owners__kr">
        <span className="okr-owners__title">{item.title}</span>
        <span className="okr-owners__measure">{measureSummary(i18n, item.measure)}</span>
        {missing ? (
          <span>
            <Lozenge appearance="moved">{t('session.owners.missing')}</Lozenge>
          </span>
        ) : null}
        </div>
      </td>
      <td className="okr-owners__owner">
        {editable ? (
          <div data-testid="owner-picker" data-item-id={item.id} data-account-id={owner ?? ''}>
            <UserPicker
              label={t('session.owners.ownerOf', { title: item.title })}
              labelHidden
              value={owner}
              onChange={(accountId) => void form.save({ ownerAccountId: accountId })}
              testId="owner-picker-control"
            />
            {form.status === 'saving' ? (
              <span className="okr-session-muted" role="status">
                <Spinner size={12} /> {t('session.saving')}
              </span>
            ) : null}
            <DraftFeedback
              draft={form}
              theirs={latest ? latest.ownerAccountId ? <UserName accountId={latest.ownerAccountId} size={16} /> : t('session.owners.noOwner') : undefined}
            />
          </div>
        ) : item.ownerAccountId ? (
          <UserName accountId={item.ownerAccountId} size={20} />
        ) : (
          <span className="okr-session-muted">{t('session.owners.noOwner')}</span>
        )}
      </td>
    </tr>
  );
}
