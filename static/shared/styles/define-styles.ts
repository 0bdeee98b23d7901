/**
 * Co-located component CSS. A component module calls `defineStyles(id, css)` once at import;
 * the rules land in one <style> element. Plain CSS (not inline style props) because the UI needs
 * :hover, :focus-visible and container queries; the manifest allows inline styles
 * (`permissions.content.styles: unsafe-inline`). Values come from `./tokens`, never hex.
 */
const defined = new Set<string>();
let sheet: HTMLStyleElement | undefined;

export function defineStyles(id: string, css: string): void {
  if (defined.has(id)) return;
  defined.add(id);
  sheet ??= document.head.appendChild(document.createElement('style'));
  sheet.dataset.okr = 'styles';
  sheet.append(document.createTextNode(`/* ${id} */\n${css}\n`));
}
