/**
 * The app's setup surfaces: Confluence's global settings page and Jira's app admin page. The
 * products show these modules only to their administrators, so an invocation whose trusted
 * context names one of them comes from an admin of that product (docs/decisions/0018).
 */
export const ADMIN_SURFACE_MODULE_KEYS = ['okr-setup-confluence', 'okr-setup-jira'] as const;

export type AdminSurfaceModuleKey = (typeof ADMIN_SURFACE_MODULE_KEYS)[number];

export const isAdminSurface = (moduleKey: unknown): moduleKey is AdminSurfaceModuleKey =>
  typeof moduleKey === 'string' && (ADMIN_SURFACE_MODULE_KEYS as readonly string[]).includes(moduleKey);
