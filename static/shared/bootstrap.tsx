/**
 * Start-up of every surface: base styles, the host theme, the Forge context (for the locale and
 * the extension), then the app inside the providers every screen relies on.
 */
import { StrictMode, type ComponentType } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { ErrorState } from './components/error-state';
import { Spinner } from './components/spinner';
import { ForgeContextContext, loadForgeContext } from './context';
import { UserDirectoryProvider } from './hooks/user-directory';
import { createI18n, I18nProvider } from './i18n';
import './styles/base';
import { defineStyles } from './styles/define-styles';
import { space } from './styles/tokens';
import { enableHostTheme } from './theme';

defineStyles('boot', `.okr-boot { display: flex; justify-content: center; padding: ${space.s300}; }`);

export function mountSurface(App: ComponentType): void {
  const container = document.getElementById('root');
  if (!container) throw new Error('index.html needs <div id="root">');
  const root = createRoot(container);
  void enableHostTheme();
  void start(root, App);
}

async function start(root: Root, App: ComponentType): Promise<void> {
  root.render(
    <div className="okr-boot" aria-busy="true">
      <Spinner size={24} />
    </div>,
  );
  try {
    const context = await loadForgeContext();
    // Screen readers pick their voice from <html lang>; index.html can only guess "en".
    document.documentElement.lang = createI18n(context.locale).locale;
    root.render(
      <StrictMode>
        <ForgeContextContext.Provider value={context}>
          <I18nProvider locale={context.locale}>
            <UserDirectoryProvider>
              <App />
            </UserDirectoryProvider>
          </I18nProvider>
        </ForgeContextContext.Provider>
      </StrictMode>,
    );
  } catch (error) {
    // Without a context there is no locale either: the browser's is the best guess.
    root.render(
      <I18nProvider locale={navigator.language}>
        <ErrorState
          error={{ code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) }}
          onRetry={() => void start(root, App)}
        />
      </I18nProvider>,
    );
  }
}
