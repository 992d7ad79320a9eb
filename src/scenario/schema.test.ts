import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { schemaFileText } from './schema-file.ts';
import { Scenario } from './schema.ts';

const root = new URL('../../', import.meta.url);

describe('scenario schema', () => {
  it('scenarios/schema/scenario.schema.json is up to date (run `npm run export-schema`)', () => {
    const committed = readFileSync(new URL('scenarios/schema/scenario.schema.json', root), 'utf8');
    expect(committed).toBe(schemaFileText());
  });

  it('the complete example of docs/scenario-json.md is a valid scenario', () => {
    const doc = readFileSync(new URL('docs/scenario-json.md', root), 'utf8');
    const block = /```json\n(\{\n {2}"\$schema"[\s\S]*?)\n```/.exec(doc);
    expect(block).not.toBeNull();
    const parsed = Scenario.safeParse(JSON.parse(block![1]));
    expect(parsed.error?.issues ?? []).toEqual([]);
  });
});
