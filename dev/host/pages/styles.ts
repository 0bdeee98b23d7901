/**
 * The look of the host pages: Confluence's and Jira's page furniture (top navigation, sidebars,
 * content column) drawn with Atlassian design tokens, so light and dark themes both work.
 */
export const HOST_CSS = `
*, *::before, *::after { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
body {
  font: var(--ds-font-body, 400 14px/20px "Atlassian Sans", ui-sans-serif, -apple-system, "Segoe UI", sans-serif);
  color: var(--ds-text, #292A2E);
  background: var(--ds-surface, #FFFFFF);
  min-height: 100vh; display: flex; flex-direction: column;
}
a { color: var(--ds-link, #1868DB); text-decoration: none; }
a:hover { text-decoration: underline; }
button, select { font: inherit; }

/* The host's own bar: visibly not part of the product. */
.lh-bar {
  display: flex; align-items: center; gap: var(--ds-space-150, 12px); flex-wrap: wrap;
  padding: var(--ds-space-050, 4px) var(--ds-space-200, 16px);
  background: var(--ds-background-accent-purple-subtlest, #F8EEFE);
  border-bottom: 1px solid var(--ds-border, #0B120E24);
  font: var(--ds-font-body-small, 400 12px/16px sans-serif); color: var(--ds-text-subtle, #505258);
}
.lh-bar strong { color: var(--ds-text, #292A2E); }
.lh-bar label { display: inline-flex; align-items: center; gap: var(--ds-space-050, 4px); }
.lh-bar select {
  padding: 2px 4px; border-radius: var(--ds-radius-small, 4px);
  border: 1px solid var(--ds-border-input, #8C8F97); background: var(--ds-background-input, #FFFFFF);
  color: var(--ds-text, #292A2E);
}
.lh-bar .lh-spacer { flex: 1; }

/* Product top navigation. */
.lh-topnav {
  height: 56px; display: flex; align-items: center; gap: var(--ds-space-200, 16px);
  padding: 0 var(--ds-space-200, 16px);
  background: var(--ds-surface, #FFFFFF); border-bottom: 1px solid var(--ds-border, #0B120E24);
}
.lh-product { display: inline-flex; align-items: center; gap: var(--ds-space-100, 8px); font-weight: 653; color: var(--ds-text, #292A2E); }
.lh-product:hover { text-decoration: none; }
.lh-topnav nav { display: flex; gap: var(--ds-space-050, 4px); }
.lh-topnav nav a {
  padding: var(--ds-space-075, 6px) var(--ds-space-100, 8px); border-radius: var(--ds-radius-small, 4px);
  color: var(--ds-text-subtle, #505258); font-weight: 500;
}
.lh-topnav nav a:hover { background: var(--ds-background-neutral-subtle-hovered, #0515240F); text-decoration: none; }
.lh-search {
  margin-left: auto; width: 240px; padding: var(--ds-space-075, 6px) var(--ds-space-100, 8px);
  border: 1px solid var(--ds-border-input, #8C8F97); border-radius: var(--ds-radius-medium, 6px);
  color: var(--ds-text-subtlest, #6B6E76); background: var(--ds-background-input, #FFFFFF);
}
.lh-avatar { width: 24px; height: 24px; border-radius: 50%; vertical-align: middle; }
.lh-avatar--large { width: 32px; height: 32px; }

.lh-shell { display: flex; flex: 1; min-height: 0; }
.lh-sidebar {
  width: 240px; flex: none; padding: var(--ds-space-200, 16px) var(--ds-space-100, 8px);
  background: var(--ds-surface, #FFFFFF); border-right: 1px solid var(--ds-border, #0B120E24);
}
.lh-sidebar h2 {
  display: flex; align-items: center; gap: var(--ds-space-100, 8px); margin: 0 0 var(--ds-space-200, 16px);
  padding: 0 var(--ds-space-100, 8px); font: var(--ds-font-heading-xsmall, 653 14px/20px sans-serif);
}
.lh-sidebar h3 {
  margin: var(--ds-space-200, 16px) var(--ds-space-100, 8px) var(--ds-space-050, 4px);
  font: var(--ds-font-body-small, 400 12px/16px sans-serif); font-weight: 653; color: var(--ds-text-subtlest, #6B6E76);
}
.lh-sidebar a {
  display: flex; align-items: center; gap: var(--ds-space-100, 8px);
  padding: var(--ds-space-075, 6px) var(--ds-space-100, 8px); border-radius: var(--ds-radius-small, 4px);
  color: var(--ds-text-subtle, #505258);
}
.lh-sidebar a:hover { background: var(--ds-background-neutral-subtle-hovered, #0515240F); text-decoration: none; }
.lh-sidebar a[aria-current="page"] {
  background: var(--ds-background-selected, #E9F2FE); color: var(--ds-text-selected, #1868DB); font-weight: 500;
}
.lh-space-icon, .lh-project-icon {
  display: inline-flex; align-items: center; justify-content: center; flex: none;
  width: 24px; height: 24px; border-radius: var(--ds-radius-small, 4px);
  color: #FFFFFF; font: 653 12px/1 sans-serif;
}
.lh-main { flex: 1; min-width: 0; overflow: auto; }
.lh-breadcrumbs { font: var(--ds-font-body-small, 400 12px/16px sans-serif); color: var(--ds-text-subtlest, #6B6E76); }
.lh-breadcrumbs a { color: var(--ds-text-subtlest, #6B6E76); }

/* Confluence page */
.lh-page { max-width: 760px; margin: 0 auto; padding: var(--ds-space-400, 32px) var(--ds-space-300, 24px) var(--ds-space-800, 64px); }
.lh-page h1 { margin: var(--ds-space-200, 16px) 0 var(--ds-space-100, 8px); font: var(--ds-font-heading-xlarge, 653 28px/32px sans-serif); }
.lh-page h2 { margin: var(--ds-space-300, 24px) 0 var(--ds-space-100, 8px); font: var(--ds-font-heading-medium, 653 20px/24px sans-serif); }
.lh-page p { margin: 0 0 var(--ds-space-150, 12px); line-height: 1.714; }
.lh-byline { display: flex; align-items: center; gap: var(--ds-space-100, 8px); margin-bottom: var(--ds-space-300, 24px);
  color: var(--ds-text-subtlest, #6B6E76); font: var(--ds-font-body-small, 400 12px/16px sans-serif); }
.lh-macro { position: relative; margin: var(--ds-space-200, 16px) 0; border: 1px solid transparent; border-radius: var(--ds-radius-small, 4px); }
.lh-macro:hover, .lh-macro:focus-within { border-color: var(--ds-border, #0B120E24); }
.lh-macro__bar { display: flex; justify-content: flex-end; gap: var(--ds-space-050, 4px); min-height: 28px; }
.lh-macro iframe, .lh-app-frame { display: block; width: 100%; border: 0; height: 120px; background: transparent; color-scheme: normal; }

.lh-button {
  display: inline-flex; align-items: center; gap: var(--ds-space-050, 4px);
  padding: var(--ds-space-050, 4px) var(--ds-space-150, 12px); border-radius: var(--ds-radius-small, 4px);
  border: 0; cursor: pointer; font-weight: 500;
  background: var(--ds-background-neutral, #0515240F); color: var(--ds-text, #292A2E);
}
.lh-button:hover { background: var(--ds-background-neutral-hovered, #0B120E24); }
.lh-button--subtle { background: transparent; color: var(--ds-text-subtle, #505258); }

/* Modal (macro config) */
.lh-blanket {
  position: fixed; inset: 0; z-index: 500; display: flex; align-items: flex-start; justify-content: center;
  padding-top: 60px; background: var(--ds-blanket, #050C1F75);
}
.lh-modal {
  width: min(600px, calc(100vw - 32px)); max-height: calc(100vh - 120px); display: flex; flex-direction: column;
  background: var(--ds-surface-overlay, #FFFFFF); box-shadow: var(--ds-shadow-overlay, 0 8px 12px #1E1F2126);
  border-radius: var(--ds-radius-large, 8px); overflow: hidden;
}
.lh-modal header { display: flex; align-items: center; justify-content: space-between; padding: var(--ds-space-300, 24px) var(--ds-space-300, 24px) var(--ds-space-100, 8px); }
.lh-modal header h2 { margin: 0; font: var(--ds-font-heading-medium, 653 20px/24px sans-serif); }
.lh-modal iframe { width: 100%; border: 0; min-height: 360px; flex: 1; }
.lh-modal--small { width: min(400px, calc(100vw - 32px)); }
.lh-modal--large { width: min(800px, calc(100vw - 32px)); }
.lh-modal--xlarge { width: min(968px, calc(100vw - 32px)); }

/* Jira */
.lh-jira-main { padding: var(--ds-space-300, 24px) var(--ds-space-400, 32px); }
.lh-jira-main h1 { margin: var(--ds-space-100, 8px) 0 var(--ds-space-200, 16px); font: var(--ds-font-heading-large, 653 24px/28px sans-serif); }
.lh-issue { display: grid; grid-template-columns: minmax(0, 1fr) 320px; gap: var(--ds-space-400, 32px); }
.lh-issue h2 { font: var(--ds-font-heading-xsmall, 653 14px/20px sans-serif); margin: var(--ds-space-300, 24px) 0 var(--ds-space-100, 8px); }
.lh-panel { border: 1px solid var(--ds-border, #0B120E24); border-radius: var(--ds-radius-medium, 6px); margin-top: var(--ds-space-300, 24px); }
.lh-panel > header { display: flex; align-items: center; gap: var(--ds-space-100, 8px); padding: var(--ds-space-100, 8px) var(--ds-space-150, 12px);
  border-bottom: 1px solid var(--ds-border, #0B120E24); font-weight: 653; }
.lh-panel > header img { width: 16px; height: 16px; }
.lh-details { border: 1px solid var(--ds-border, #0B120E24); border-radius: var(--ds-radius-medium, 6px); padding: var(--ds-space-200, 16px); align-self: start; }
.lh-details dl { display: grid; grid-template-columns: 110px 1fr; gap: var(--ds-space-150, 12px); margin: 0; }
.lh-details dt { color: var(--ds-text-subtle, #505258); font-weight: 500; }
.lh-details dd { margin: 0; display: flex; align-items: center; gap: var(--ds-space-075, 6px); }
.lh-lozenge { display: inline-block; padding: 0 4px; border-radius: 3px; font: 653 11px/16px sans-serif; text-transform: uppercase;
  background: var(--ds-background-neutral, #0515240F); color: var(--ds-text-subtle, #505258); }
.lh-lozenge--inprogress { background: var(--ds-background-information, #E9F2FE); color: var(--ds-text-information, #1558BC); }
.lh-lozenge--done { background: var(--ds-background-success, #EFFFD6); color: var(--ds-text-success, #4C6B1F); }
.lh-epic-icon { display: inline-flex; width: 16px; height: 16px; border-radius: 3px; background: #904EE2; }

/* Index */
.lh-index { max-width: 880px; margin: 0 auto; padding: var(--ds-space-400, 32px) var(--ds-space-300, 24px); }
.lh-index h1 { font: var(--ds-font-heading-xlarge, 653 28px/32px sans-serif); margin: 0 0 var(--ds-space-100, 8px); }
.lh-cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(250px, 1fr)); gap: var(--ds-space-200, 16px); margin: var(--ds-space-200, 16px) 0; }
.lh-card { display: block; padding: var(--ds-space-200, 16px); border-radius: var(--ds-radius-medium, 6px);
  background: var(--ds-surface-raised, #FFFFFF); box-shadow: var(--ds-shadow-raised, 0 1px 1px #1E1F2140); color: var(--ds-text, #292A2E); }
.lh-card:hover { background: var(--ds-surface-raised-hovered, #F0F1F2); text-decoration: none; }
.lh-card strong { display: block; margin-bottom: var(--ds-space-050, 4px); }
.lh-card span { color: var(--ds-text-subtle, #505258); font: var(--ds-font-body-small, 400 12px/16px sans-serif); }
.lh-index code { font: var(--ds-font-code, 400 12px/1 monospace); background: var(--ds-background-neutral, #0515240F); padding: 1px 4px; border-radius: 3px; }
.lh-notice { padding: var(--ds-space-200, 16px); border-radius: var(--ds-radius-medium, 6px);
  background: var(--ds-background-warning, #FFF5DB); color: var(--ds-text, #292A2E); }
`;
