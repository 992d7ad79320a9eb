/**
 * `npm run export-schema`: writes scenarios/schema/scenario.schema.json from the zod schema
 * (src/scenario/schema.ts), the single source of truth. `--check` only compares, exit 1 when
 * the committed file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { schemaFileText } from '../src/scenario/schema-file.ts';

const target = fileURLToPath(new URL('../scenarios/schema/scenario.schema.json', import.meta.url));
const text = schemaFileText();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    // missing counts as out of date
  }
  if (current !== text) {
    console.error('scenarios/schema/scenario.schema.json is out of date: run `npm run export-schema`.');
    process.exit(1);
  }
  console.log('scenario.schema.json is up to date.');
} else {
  writeFileSync(target, text);
  console.log(`wrote ${target}`);
}
