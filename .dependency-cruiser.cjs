/**
 * The import-loop check of `npm run lint` (docs/decisions/0021-lint-and-boundaries.md). ESLint
 * checks the layer boundaries; this refuses loops, type-only imports included, which
 * import-x/no-cycle skips. static/tsconfig.json gives the UI's `@contracts` / `@domain` /
 * `@shared` aliases; nothing outside static/ uses them.
 */
const path = require('node:path');

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules that import each other, directly or around a loop: move what both need to a leaf module.',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['(^|/)node_modules/', '^static/[^/]+/build/', '^dist/'] },
    tsPreCompilationDeps: true,
    // An absolute name: typescript finds no inputs when given a relative one from here.
    tsConfig: { fileName: path.join(__dirname, 'static', 'tsconfig.json') },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.mjs', '.js', '.json'] },
  },
};
