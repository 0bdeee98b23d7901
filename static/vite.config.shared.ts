/**
 * One Vite setup for every Custom UI surface, so the five apps cannot drift apart.
 * Each `static/<surface>/vite.config.ts` is just `export default defineSurface(import.meta.url)`.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type UserConfig } from 'vite';

const staticDir = fileURLToPath(new URL('.', import.meta.url));

/** `surfaceConfigUrl` is the surface's own `import.meta.url` (its vite.config.ts). */
export function defineSurface(surfaceConfigUrl: string): UserConfig {
  return defineConfig({
    root: fileURLToPath(new URL('.', surfaceConfigUrl)),
    // Forge serves a resource from an unknown path prefix: absolute asset URLs give a blank page.
    base: './',
    plugins: [react()],
    resolve: {
      alias: {
        '@contracts': fileURLToPath(new URL('../src/contracts', import.meta.url)),
        '@domain': fileURLToPath(new URL('../src/domain', import.meta.url)),
        '@shared': `${staticDir}shared`,
      },
    },
    build: {
      outDir: 'build',
      emptyOutDir: true,
      // Forge caps a resource's size; source maps would only ship the source to every user.
      sourcemap: false,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 1024,
    },
    logLevel: 'warn',
  });
}
