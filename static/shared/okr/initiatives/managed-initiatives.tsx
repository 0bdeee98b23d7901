/**
 * A key result's initiatives with their actions, for the surfaces that edit them: work tracked by
 * hand is added, edited and deleted; linked epics get their weight edited and are unlinked where
 * epics are managed (the Jira project page), and stay read-only elsewhere. The surface passes its
 * own resolver wrappers, so each lists what it calls.
 */
import type { Envelope } from '@contracts/envelope';
import { deleteInitiativePayload, type DeleteInitiativeInput } from '@contracts/schemas';
import type { Deleted, KeyResultView } from '@contracts/views';
import { useState, type ReactNode } from 'react';
import { INITIATIVES_PER_KEY_RESULT, mayAddInitiative } from '@domain/caps';
import { Button } from '../../components/button';
import { CapHint } from '../../components/cap-hint';
import { ConfirmDelete } from '../../components/confirm-delete';
import { PencilIcon, PlusIcon, TrashIcon, UnlinkIcon } from '../../components/icons';
import { useI18n } from '../../i18n';
import { InitiativeForm, type SaveInitiative } from './initiative-form';
import { epicKeyOf, epicOf, initiativeName, type InitiativeView } from './initiative-facts';
import { InitiativeList } from './initiative-list';

export interface InitiativeApi {
  save: SaveInitiative;
  remove: (payload: DeleteInitiativeInput) => Promise<Envelope<Deleted>>;
}

type Open = { kind: 'add' } | { kind: 'edit' | 'remove'; id: string } | null;

export function ManagedInitiatives({
  keyResult,
  api,
  reload,
  manageEpics,
  editable,
  hint,
  footer,
}: {
  keyResult: KeyResultView;
  api: InitiativeApi;
  reload: () => Promise<void>;
  /** Weight and unlink for linked epics; without it epics are shown read-only. */
  manageEpics: boolean;
  /** Whether the person may change the team's initiatives (its objective's `can.edit`); read-only otherwise. */
  editable: boolean;
  hint?: string;
  /** More actions after "Add initiative without an epic" (the epic picker). */
  footer?: ReactNode;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const addKey = `add-initiative-${keyResult.id}`;

  const actions = (initiative: InitiativeView) => {
    const epic = epicOf(initiative);
    if (!editable || (epic && !manageEpics)) return null;
    const name = initiativeName(i18n, initiative);
    return (
      <>
        {/* A restricted epic's key is not known here, and saving resends the link: no edit. */}
        {epic?.state === 'restricted' ? null : (
          <Button
            appearance="subtle"
            compact
            icon={<PencilIcon />}
            iconOnlyLabel={t('initiative.edit', { name })}
            onClick={() => setOpen({ kind: 'edit', id: initiative.id })}
            data-return-focus={`edit-initiative-${initiative.id}`}
            testId="edit-initiative"
          />
        )}
        <Button
          appearance="subtle"
          compact
          icon={epic ? <UnlinkIcon /> : <TrashIcon />}
          iconOnlyLabel={epic ? t('initiative.unlink', { name }) : t('initiative.delete', { name })}
          onClick={() => setOpen({ kind: 'remove', id: initiative.id })}
          data-return-focus={`remove-initiative-${initiative.id}`}
          testId={epic ? 'unlink-initiative' : 'delete-initiative'}
        />
      </>
    );
  };

  const editor = (initiative: InitiativeView) => {
    if (open?.kind === 'edit' && open.id === initiative.id) {
      return (
        <InitiativeForm
          keyResultId={keyResult.id}
          initiative={initiative}
          save={api.save}
          reload={reload}
          onDone={close}
          returnFocusKey={`edit-initiative-${initiative.id}`}
        />
      );
    }
    if (open?.kind === 'remove' && open.id === initiative.id) {
      const epic = epicOf(initiative);
      const key = epicKeyOf(initiative);
      return (
        <ConfirmDelete
          title={epic ? t('initiative.unlinkTitle') : t('initiative.deleteTitle')}
          body={
            epic
              ? key
                ? t('initiative.unlinkBody', { key, keyResult: keyResult.title })
                : t('initiative.unlinkRestrictedBody', { keyResult: keyResult.title })
              : t('initiative.deleteBody', { title: initiative.title })
          }
          confirmLabel={epic ? t('initiative.unlinkConfirm') : undefined}
          id={initiative.id}
          latestVersion={initiative.version}
          schema={deleteInitiativePayload}
          scope={{ keyResultId: keyResult.id }}
          remove={api.remove}
          reload={reload}
          onDeleted={() => {
            close();
            void reload();
          }}
          onCancel={close}
          returnFocusKey={[`remove-initiative-${initiative.id}`, addKey]}
          testId="remove-initiative-dialog"
        />
      );
    }
    return undefined;
  };

  const adding = open?.kind === 'add';
  // At the domain's cap there is nothing more to add, by hand or from an epic: say so instead.
  const full = !mayAddInitiative(keyResult);
  return (
    <InitiativeList
      keyResult={keyResult}
      renderActions={actions}
      renderEditor={editor}
      hint={hint}
      footer={
        !editable ? null : adding ? (
          <InitiativeForm keyResultId={keyResult.id} save={api.save} reload={reload} onDone={close} returnFocusKey={addKey} />
        ) : full ? (
          <CapHint text={t('initiative.capReached', { limit: INITIATIVES_PER_KEY_RESULT })} testId="initiative-cap" />
        ) : (
          <>
            {footer}
            <Button appearance="subtle" compact icon={<PlusIcon />} onClick={() => setOpen({ kind: 'add' })} data-return-focus={addKey} testId="add-initiative">
              {t('initiative.addManual')}
            </Button>
          </>
        )
      }
    />
  );
}
