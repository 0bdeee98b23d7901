/**
 * Where the panel's features meet: an objective (objectives feature) with its key results
 * (key-results feature), each with its check-ins (check-ins feature) and initiatives
 * (initiatives feature). The features themselves never import each other; they are composed here.
 */
import type { ObjectiveView } from '@contracts/views';
import { takesCheckIns } from '@shared/okr/measure-text';
import { inDisplayOrder } from '@shared/okr/team-groups';
import { useState } from 'react';
import { usePanel } from '../../../app-state/panel-context';
import { CheckInButtons, type CheckInPanel } from '../../check-ins/components/check-in-buttons';
import { CheckInForm } from '../../check-ins/components/check-in-form';
import { CheckInHistory } from '../../check-ins/components/check-in-history';
import { KeyResultInitiatives } from '../../initiatives/components/key-result-initiatives';
import { AddKeyResult } from '../../key-results/components/add-key-result';
import { KeyResultItem } from '../../key-results/components/key-result-item';
import { ObjectiveItem } from '../../objectives/components/objective-item';

export function ObjectiveEntry({ objective }: { objective: ObjectiveView }) {
  return (
    <ObjectiveItem objective={objective} footer={objective.can.edit ? <AddKeyResult objectiveId={objective.id} count={objective.keyResults.length} /> : null}>
      {inDisplayOrder(objective.keyResults).map((keyResult) => (
        <KeyResultEntry key={keyResult.id} keyResult={keyResult} teamOkrsEditable={objective.can.edit} />
      ))}
    </ObjectiveItem>
  );
}

function KeyResultEntry({ keyResult, teamOkrsEditable }: { keyResult: ObjectiveView['keyResults'][number]; teamOkrsEditable: boolean }) {
  const { tree } = usePanel();
  const [panel, setPanel] = useState<CheckInPanel>('none');
  // Members of the team and the key result's owner check in; everyone else reads the history.
  const canCheckIn = takesCheckIns(keyResult.measure) && keyResult.can.checkIn;
  return (
    <KeyResultItem
      keyResult={keyResult}
      canDelete={teamOkrsEditable}
      expectedProgress={tree.expectedProgress}
      extraActions={
        <CheckInButtons keyResultId={keyResult.id} canCheckIn={canCheckIn} hasHistory={Boolean(keyResult.lastCheckIn)} panel={panel} onChange={setPanel} />
      }
      initiatives={<KeyResultInitiatives keyResult={keyResult} editable={teamOkrsEditable} />}
    >
      {panel === 'check-in' && canCheckIn ? (
        // After a check-in, the history opens so the new entry and the trend are right there.
        <CheckInForm keyResult={keyResult} onDone={(saved) => setPanel(saved ? 'history' : 'none')} />
      ) : null}
      {panel === 'history' ? <CheckInHistory keyResult={keyResult} canCorrect={canCheckIn} /> : null}
    </KeyResultItem>
  );
}
