/**
 * What every feature of the project page needs once the team's tree is loaded: the tree, the
 * Jira project it is shown in (epic search is scoped to it), and `reload()` after a save.
 * Provided by the project-okrs feature; read by the initiatives and settings features.
 */
import type { OkrTreeView } from '@contracts/views';
import { createContext, useContext } from 'react';

export interface ProjectState {
  tree: OkrTreeView;
  projectKey: string;
  reload: () => Promise<void>;
}

export const ProjectContext = createContext<ProjectState | null>(null);

export function useProject(): ProjectState {
  const project = useContext(ProjectContext);
  if (!project) throw new Error('useProject() is only available inside the loaded project page.');
  return project;
}
