// Validates manifest.yml offline with @forge/manifest (what `forge lint` does, without a login).
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const { validate } = require('@forge/manifest');
const file = path.resolve(process.argv[2] ?? 'manifest.yml');
const result = await validate(false, file);
if (!result.success) {
  for (const e of result.errors ?? []) console.error(`manifest.yml:${e.line}:${e.column} ${e.level}: ${e.message}`);
  process.exit(1);
}
console.log(`manifest.yml is valid (${path.relative(process.cwd(), file)})`);
