/**
 * The Forge context (locale, extension config, project, issue...), read once at start-up by
 * ./bootstrap and handed to components through `useForgeContext()`. Never trusted for
 * authorisation: the resolver sees its own copy.
 */
import { view, type FullContext } from '@forge/bridge';
import { createContext, useContext } from 'react';

export type ForgeContext = FullContext;

export function loadForgeContext(): Promise<ForgeContext> {
  return view.getContext();
}

export const ForgeContextContext = createContext<ForgeContext | null>(null);

export function useForgeContext(): ForgeContext {
  const context = useContext(ForgeContextContext);
  if (!context) throw new Error('useForgeContext() needs the provider mounted by shared/bootstrap.');
  return context;
}

/** The macro's saved settings: `extension.config`, or an empty object before anything was saved. */
export function useExtensionConfig(): Record<string, unknown> {
  const config: unknown = useForgeContext().extension?.config;
  return typeof config === 'object' && config !== null ? (config as Record<string, unknown>) : {};
}
