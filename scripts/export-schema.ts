/**
 * `npm run export-schema`: writes scenarios/schema/scenario.schema.json (descriptions in French)
 * and scenario.schema.en.json (in English) from the zod schema (src/scenario/schema.ts), the
 * single source of truth. `--check` only compares, exit 1 when a committed file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SCHEMA_FILES, schemaFileText } from '../src/scenario/schema-file.ts';

let stale = false;
for (const lang of ['fr', 'en'] as const) {
  const target = fileURLToPath(new URL(`../scenarios/schema/${SCHEMA_FILES[lang]}`, import.meta.url));
  const text = schemaFileText(lang);
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      // missing counts as out of date
    }
    if (current !== text) {
      console.error(`scenarios/schema/${SCHEMA_FILES[lang]} is out of date: run \`npm run export-schema\`.`);
      stale = true;
    }
  } else {
    writeFileSync(target, text);
    console.log(`wrote ${target}`);
  }
}
if (stale) process.exit(1);
if (process.argv.includes('--check')) console.log('the scenario schemas are up to date.');
