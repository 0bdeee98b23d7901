/**
 * The meeting as its form holds it: the time as a `datetime-local` value (the user's own clock),
 * sent as an ISO instant. Pure.
 */
import { format, isValid, parseISO } from 'date-fns';
import type { Meeting } from '../../../app-state/session-model';

export interface MeetingDraft {
  /** `yyyy-MM-ddTHH:mm` in local time, or '' for no time yet. */
  at: string;
  facilitatorAccountId: string | undefined;
  notes: string;
}

export const MEETING_FIELDS = ['at', 'facilitatorAccountId', 'notes'] as const;

export function meetingDraft(meeting: Meeting): MeetingDraft {
  const at = meeting.at ? parseISO(meeting.at) : undefined;
  return {
    at: at && isValid(at) ? format(at, "yyyy-MM-dd'T'HH:mm") : '',
    facilitatorAccountId: meeting.facilitatorAccountId,
    notes: meeting.notes,
  };
}

/** A local `datetime-local` value as an ISO instant; text that is no time goes as typed (the schema refuses it). */
export function localToIso(local: string): string {
  const date = parseISO(local);
  return isValid(date) ? date.toISOString() : local;
}

export function meetingPayload(draft: MeetingDraft, version: number | undefined): Record<string, unknown> {
  return {
    kind: 'meeting',
    version: version ?? 0,
    ...(draft.at.trim() ? { at: localToIso(draft.at.trim()) } : {}),
    ...(draft.facilitatorAccountId ? { facilitatorAccountId: draft.facilitatorAccountId } : {}),
    notes: draft.notes,
  };
}
