/**
 * Atlassian design tokens for the host pages and, after `view.theme.enable()`, for the app's
 * frames: the CSS @atlaskit/tokens ships for the light and dark colour themes plus spacing,
 * typography and shape, selected by `data-color-mode` / `data-theme` on <html>.
 */
import type { ColorMode } from '../runtime/context';

const THEMES = ['atlassian-light', 'atlassian-dark', 'atlassian-spacing', 'atlassian-typography', 'atlassian-shape'];

let cached: string | undefined;

export function tokensCss(): string {
  if (cached === undefined) {
    cached = THEMES.map((theme) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const css = (require(`@atlaskit/tokens/dist/cjs/artifacts/themes/${theme}.js`) as { default: string }).default;
      return `/* @atlaskit/tokens ${theme} */\n${css}`;
    }).join('\n');
  }
  return cached;
}

export const TOKENS_CSS_PATH = '/__local/tokens.css';

/** The <html> attributes that switch the token CSS on, as Atlassian products set them. */
export function themeAttributes(colorMode: ColorMode): { 'data-color-mode': ColorMode; 'data-theme': string } {
  return {
    'data-color-mode': colorMode,
    'data-theme': 'dark:dark light:light spacing:spacing typography:typography shape:shape',
  };
}
