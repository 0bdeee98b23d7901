/** Grey placeholder blocks in the shape of what is loading, so the layout does not jump. */
import { defineStyles } from '../styles/define-styles';
import { color, radius } from '../styles/tokens';

defineStyles(
  'skeleton',
  `
.okr-skeleton { display: block; border-radius: ${radius.small}; background: ${color.skeleton}; animation: okr-pulse 1.4s ease-in-out infinite; }
@keyframes okr-pulse { 50% { background: ${color.skeletonSubtle}; } }
`,
);

export function Skeleton({ width = '100%', height = 12 }: { width?: number | string; height?: number | string }) {
  return <span className="okr-skeleton" style={{ width, height }} aria-hidden="true" />;
}
