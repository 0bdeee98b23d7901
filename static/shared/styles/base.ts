/** Page-wide base rules shared by every surface: font, colours, focus ring, screen-reader text. */
import { defineStyles } from './define-styles';
import { border, color, elevation, font, space } from './tokens';

defineStyles(
  'base',
  `
*, *::before, *::after { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body {
  font: ${font.body};
  color: ${color.text};
  background: ${elevation.surface};
  -webkit-font-smoothing: antialiased;
  /* Korean lines break between words, not mid-word. */
  word-break: keep-all;
  overflow-wrap: anywhere;
}
#root { container-type: inline-size; container-name: surface; }
:focus-visible { outline: ${border.widthFocused} solid ${color.borderFocused}; outline-offset: ${space.s025}; }
button, input, select, textarea { font: inherit; color: inherit; }
h1, h2, h3, h4, p { margin: 0; }
.okr-visually-hidden {
  position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
.okr-subtle { color: ${color.textSubtle}; }
.okr-small { font: ${font.bodySmall}; color: ${color.textSubtlest}; }
@media (prefers-reduced-motion: reduce) {
  *, *::before, *::after { animation-duration: 0.01ms !important; transition-duration: 0.01ms !important; }
}
`,
);
