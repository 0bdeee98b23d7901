/**
 * The meeting: when it is, who facilitates (the one who may reopen a step), and what to read
 * before. Open to everyone on every step, like a shared agenda, except who facilitates: that is
 * the facilitator's to hand over (the creator's while there is none), read-only for the others.
 * Keeps its input while others' changes arrive; a conflicting save shows their version beside it.
 * Someone who may not take part in the session (the roles policy) reads the meeting, unformed.
 */
import { LIMITS } from '@contracts/limits';
import { saveSessionItemPayload } from '@contracts/schemas';
import { UserName } from '@shared/components/avatar';
import { Button } from '@shared/components/button';
import { Field } from '@shared/components/field';
import { CheckIcon } from '@shared/components/icons';
import { TextField } from '@shared/components/text-field';
import { UserPicker } from '@shared/components/user-picker';
import '@shared/components/control-styles';
import { useI18n } from '@shared/i18n';
import { saveSessionItem } from '../../../api/invokes';
import { DraftFeedback, useDraftFieldMessages } from '../../../app-state/draft-feedback';
import { useSession } from '../../../app-state/session-context';
import { useItemDraft } from '../../../app-state/use-item-draft';
import { MEETING_FIELDS, meetingDraft, meetingPayload } from '../hooks/meeting-draft';

export function MeetingForm() {
  const { view } = useSession();
  return view.can.takePart ? <MeetingEditor /> : <MeetingSummary />;
}

/** The meeting as those who follow the session read it: no field to type in, no save. */
function MeetingSummary() {
  const { t, format } = useI18n();
  const { meeting } = useSession().view.session;
  return (
    <section className="okr-session-card" aria-labelledby="meeting-title" data-testid="meeting-summary">
      <div className="okr-session-section">
        <h3 className="okr-session-section__title" id="meeting-title">
          {t('session.meeting.title')}
        </h3>
      </div>
      <dl className="okr-session-section" style={{ margin: 0 }}>
        <dt className="okr-session-muted">{t('session.meeting.time')}</dt>
        <dd style={{ margin: 0 }}>{meeting.at ? format.dateTime(meeting.at) : t('session.meetingNotSet')}</dd>
        <dt className="okr-session-muted">{t('session.facilitator')}</dt>
        <dd style={{ margin: 0 }}>
          {meeting.facilitatorAccountId ? <UserName accountId={meeting.facilitatorAccountId} size={20} /> : t('session.meeting.noFacilitator')}
        </dd>
        {meeting.notes ? (
          <>
            <dt className="okr-session-muted">{t('session.meeting.notes')}</dt>
            <dd style={{ margin: 0, whiteSpace: 'pre-wrap' }} data-testid="meeting-notes">
              {meeting.notes}
            </dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}

function MeetingEditor() {
  const { t, format } = useI18n();
  const { view } = useSession();
  const { meeting, version } = view.session;
  const form = useItemDraft({
    key: 'meeting',
    server: meetingDraft(meeting),
    version,
    schema: saveSessionItemPayload,
    payload: meetingPayload,
    send: saveSessionItem,
    savedVersion: (data) => ('session' in data ? data.session.version : undefined),
  });
  const { byField, unplaced } = useDraftFieldMessages(form, MEETING_FIELDS);
  const { draft, set } = form;

  const theirs = (
    <>
      {meeting.at ? t('session.meetingAt', { when: format.dateTime(meeting.at) }) : t('session.meetingNotSet')}
      {' · '}
      {t('session.facilitator')}: {meeting.facilitatorAccountId ? <UserName accountId={meeting.facilitatorAccountId} size={16} /> : t('session.meeting.noFacilitator')}
      {meeting.notes ? `\n${meeting.notes}` : null}
    </>
  );

  return (
    <section className="okr-session-card" aria-labelledby="meeting-title" data-testid="meeting-form">
      <div className="okr-session-section">
        <h3 className="okr-session-section__title" id="meeting-title">
          {t('session.meeting.title')}
        </h3>
        <p className="okr-session-section__about">{t('session.meeting.about')}</p>
      </div>
      <form
        noValidate
        className="okr-session-section"
        onSubmit={(event) => {
          event.preventDefault();
          void form.save();
        }}
      >
        <div className="okr-form-row">
          <Field label={t('session.meeting.time')} optionalText={t('common.optional')} error={byField.at} help={t('session.meeting.time.help')}>
            {(control) => (
              <input
                {...control}
                className="okr-control"
                type="datetime-local"
                value={draft.at}
                data-testid="meeting-time-input"
                onChange={(event) => set('at', event.target.value)}
              />
            )}
          </Field>
          {view.canChangeFacilitator ? (
            <UserPicker
              label={t('session.facilitator')}
              optionalText={t('common.optional')}
              value={draft.facilitatorAccountId}
              onChange={(accountId) => set('facilitatorAccountId', accountId)}
              help={t('session.meeting.facilitator.help')}
              error={byField.facilitatorAccountId}
              testId="meeting-facilitator-picker"
            />
          ) : (
            <Field
              label={t('session.facilitator')}
              error={byField.facilitatorAccountId}
              help={t(meeting.facilitatorAccountId ? 'session.meeting.facilitator.onlyFacilitator' : 'session.meeting.facilitator.onlyCreator')}
            >
              {(control) => (
                <output {...control} className="okr-session-muted" data-testid="meeting-facilitator-readonly">
                  {draft.facilitatorAccountId ? <UserName accountId={draft.facilitatorAccountId} size={20} /> : t('session.meeting.noFacilitator')}
                </output>
              )}
            </Field>
          )}
        </div>
        <TextField
          label={t('session.meeting.notes')}
          optionalText={t('common.optional')}
          multiline
          value={draft.notes}
          onChange={(value) => set('notes', value)}
          maxLength={LIMITS.descriptionMax}
          placeholder={t('session.meeting.notes.placeholder')}
          error={byField.notes}
          testId="meeting-notes-input"
        />
        <DraftFeedback draft={form} theirs={theirs} unplaced={unplaced} />
        <div className="okr-session-actions">
          <Button type="submit" appearance="primary" disabled={!form.dirty} loading={form.status === 'saving'} testId="save-meeting">
            {t('session.meeting.save')}
          </Button>
          {form.dirty ? (
            <span className="okr-session-muted">{t('session.unsaved')}</span>
          ) : form.status === 'saved' ? (
            <span className="okr-session-saved" role="status" data-testid="meeting-saved">
              <CheckIcon size={14} /> {t('session.saved')}
            </span>
          ) : null}
        </div>
      </form>
    </section>
  );
}
