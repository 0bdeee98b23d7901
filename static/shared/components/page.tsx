/** The outer frame of every surface: padding that shrinks in narrow columns, vertical rhythm. */
import type { ReactNode } from 'react';
import { defineStyles } from '../styles/define-styles';
import { space } from '../styles/tokens';

defineStyles(
  'page',
  `
.okr-page { display: flex; flex-direction: column; gap: ${space.s200}; padding: ${space.s200}; max-width: 72rem; }
@container surface (max-width: 480px) { .okr-page { padding: ${space.s100}; gap: ${space.s150}; } }
`,
);

export function Page({ label, children, busy }: { label?: string; children: ReactNode; busy?: boolean }) {
  return (
    <main className="okr-page" aria-label={label} aria-busy={busy || undefined}>
      {children}
    </main>
  );
}
