/** Step 1, prep: the meeting (time, facilitator, notes) beside what the team should read first. */
import { MeetingForm } from './meeting-form';
import { PrepContext } from './prep-context';

export function PrepStep() {
  return (
    <div className="okr-session-columns">
      <MeetingForm />
      <PrepContext />
    </div>
  );
}
