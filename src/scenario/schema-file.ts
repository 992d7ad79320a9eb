/** The text of scenarios/schema/scenario.schema.json, as export-schema writes it and the test compares it. */
import { scenarioJsonSchema } from './schema.ts';

export function schemaFileText(): string {
  const schema = { ...scenarioJsonSchema(), $id: 'https://democratie-et-crustaces.example/scenario.schema.json' };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
