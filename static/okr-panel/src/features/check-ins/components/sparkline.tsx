/**
 * A tiny trend line of check-in values, oldest to newest, for the history. Inline SVG: no chart
 * library for one line. The accessible name says the trend in words.
 */
import { defineStyles } from '@shared/styles/define-styles';
import { color } from '@shared/styles/tokens';

defineStyles(
  'sparkline',
  `
.okr-sparkline { display: block; overflow: visible; }
.okr-sparkline__line { fill: none; stroke: ${color.bgBrandBold}; stroke-width: 1.5; stroke-linejoin: round; stroke-linecap: round; }
.okr-sparkline__area { fill: ${color.bgSelected}; stroke: none; }
.okr-sparkline__dot { fill: ${color.bgBrandBold}; }
`,
);

const WIDTH = 160;
const HEIGHT = 36;
const PAD = 3;

export function Sparkline({ values, label }: { values: readonly number[]; label: string }) {
  if (values.length < 2) return null;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const points = values.map((value, index) => {
    const x = PAD + (index / (values.length - 1)) * (WIDTH - 2 * PAD);
    // A flat series sits in the middle rather than on the floor.
    const y = max === min ? HEIGHT / 2 : HEIGHT - PAD - ((value - min) / span) * (HEIGHT - 2 * PAD);
    return [x, y] as const;
  });
  const line = points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');
  const last = points[points.length - 1] ?? [0, 0];
  const first = points[0] ?? [0, 0];
  return (
    <svg className="okr-sparkline" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} data-testid="check-in-sparkline">
      <polygon className="okr-sparkline__area" points={`${first[0]},${HEIGHT} ${line} ${last[0]},${HEIGHT}`} opacity="0.6" />
      <polyline className="okr-sparkline__line" points={line} />
      <circle className="okr-sparkline__dot" cx={last[0]} cy={last[1]} r="2.5" />
    </svg>
  );
}
