import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILES, schemaFileText } from './schema-file.ts';
import { z } from 'zod';
import { Condition, Effect, Expectation, Scenario, Voter } from './schema.ts';

const root = new URL('../../', import.meta.url);
type Json = Record<string, unknown>;
const committed = (lang: 'fr' | 'en'): Json =>
  JSON.parse(readFileSync(new URL(`scenarios/schema/${SCHEMA_FILES[lang]}`, root), 'utf8')) as Json;

/** Every description of a schema, by its path. */
function descriptions(value: unknown, path = '', out = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(value)) value.forEach((v, i) => descriptions(v, `${path}/${i}`, out));
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'description' && typeof v === 'string') out.set(path, v);
      else descriptions(v, `${path}/${k}`, out);
    }
  }
  return out;
}

/** The fields a condition may have, as the zod schema declares them. */
function conditionShape(): Record<string, unknown> {
  if (!(Condition instanceof z.ZodObject))
    throw new Error('Condition is no longer a zod object: read its fields elsewhere');
  return Condition.shape;
}

/** The rows of docs/scenario-json.md's table of conditions: the form each starts with, and every field it shows. */
function conditionsTable(): { form: string; fields: string[] }[] {
  const doc = readFileSync(new URL('docs/scenario-json.md', root), 'utf8');
  const section = /\n### Conditions\n([\s\S]*?)\n###? /.exec(doc)?.[1] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `{'))
    .flatMap((line) => line.split('|')[1].split(/`,\s*`/))
    .map((cell) => [...cell.matchAll(/"(\w+)":/g)].map((m) => m[1]))
    .map((fields) => ({ form: fields[0], fields }));
}

/** How many `oneOf` branches of `required` keys (and `type: object` on a property) a value satisfies, as an editor counts them. */
function branchesMet(oneOf: readonly Json[], value: Json): number {
  return oneOf.filter((branch) => {
    const required = (branch.required as string[]) ?? [];
    const props = (branch.properties as Record<string, { type?: string }>) ?? {};
    return (
      required.every((k) => k in value) &&
      Object.entries(props).every(
        ([k, p]) => p.type !== 'object' || (typeof value[k] === 'object' && value[k] !== null),
      )
    );
  }).length;
}

describe('the JSON Schemas editors read', () => {
  it('both committed files are the ones generated from the zod schema (run `npm run export-schema`)', () => {
    for (const lang of ['fr', 'en'] as const) {
      expect(readFileSync(new URL(`scenarios/schema/${SCHEMA_FILES[lang]}`, root), 'utf8'), SCHEMA_FILES[lang]).toBe(
        schemaFileText(lang),
      );
    }
  });

  it('has one language per description: the same fields, each in French in one file and in English in the other', () => {
    const fr = descriptions(committed('fr'));
    const en = descriptions(committed('en'));
    expect([...en.keys()]).toEqual([...fr.keys()]);
    expect(fr.size).toBeGreaterThan(40);
    for (const [path, text] of fr) {
      expect(text, path).not.toMatch(/ \/ [A-Z]/); // no more "français / English" in one string
      expect(en.get(path), path).not.toBe(text);
    }
    expect(fr.get('/properties/coast')).toContain('côte');
    expect(en.get('/properties/coast')).toContain('coast');
  });

  it('shows each "exactly one of" rule as a oneOf that agrees with the loader, each condition documented', () => {
    const defs = committed('en').$defs as Record<string, Json>;
    const oneOf = (name: string): Json[] => defs[name].oneOf as Json[];
    // The forms are the schema's own (its zod shape and the oneOf made from it), and the guide
    // documents each of them: a form or a field missing from docs/scenario-json.md fails here.
    const forms = oneOf('Condition').map((b) => (b.required as string[])[0]);
    expect(forms.length).toBeGreaterThan(5);
    const fields = Object.keys(conditionShape());
    expect(fields).toEqual(expect.arrayContaining(forms));
    const table = conditionsTable();
    expect([...new Set(table.map((row) => row.form))].sort()).toEqual([...forms].sort());
    for (const field of fields)
      expect(
        table.some((row) => row.fields.includes(field)),
        field,
      ).toBe(true);
    const cases: [string, { safeParse(v: unknown): { success: boolean } }, Json][] = [
      ['Effect', Effect, { set: 'a' }],
      ['Effect', Effect, { set: 'a', clear: 'b' }],
      ['Effect', Effect, {}],
      ['Voter', Voter, { id: 'v', label: 'g', ranking: ['a'] }],
      ['Voter', Voter, { id: 'v', label: 'g', ranking: ['a'], approves: ['a'] }],
      ['Voter', Voter, { id: 'v', label: 'g' }],
    ];
    for (const [name, schema, value] of cases) {
      expect(branchesMet(oneOf(name), value) === 1, `${name} ${JSON.stringify(value)}`).toBe(
        schema.safeParse(value).success,
      );
    }
    // An election's count and an expectation are inside the steps and expectations.
    const step = (committed('en').properties as Record<string, Json>).expectations as Json;
    const expectation = (step.items as Json).oneOf as Json[];
    for (const value of [
      { method: 'plurality', winners: ['a'] },
      { method: 'dhondt', seats: 3, winners: ['a'] },
      { method: 'dhondt', seats: { a: 2 } },
      { method: 'plurality', seats: 3 },
      { winners: ['a'], notWinner: 'b', method: 'plurality' },
    ]) {
      expect(branchesMet(expectation, value) === 1, JSON.stringify(value)).toBe(Expectation.safeParse(value).success);
    }
    const election = (defs.Step.oneOf as Json[]).find(
      (s) => ((s.properties as Record<string, Json>).type.const as string) === 'election',
    )!;
    expect((election.oneOf as Json[]).map((b) => (b.required as string[])[0])).toEqual(['method', 'choose', 'compare']);
  });

  it('offers a completion snippet for each kind of step, whose body (with its blanks filled) is a valid step', () => {
    const defs = committed('fr').$defs as Record<string, Json>;
    const snippets = defs.Step.defaultSnippets as { label: string; description: string; body: Json }[];
    const kinds = (defs.Step.oneOf as Json[]).map((s) => (s.properties as Record<string, Json>).type.const as string);
    expect(snippets.map((s) => s.label).sort()).toEqual([...kinds].sort());
    expect((committed('en').$defs as Record<string, Json>).Step.defaultSnippets).not.toEqual(snippets); // descriptions translated
    for (const snippet of snippets) {
      expect(snippet.body.type).toBe(snippet.label);
      // Tab stops filled as a writer would: ${3:plurality} keeps its default, $n becomes an id.
      const filled = JSON.parse(
        JSON.stringify(snippet.body)
          .replace(/\$\{\d+:([^}]*)\}/g, '$1')
          .replace(/\$\d+/g, 'x'),
      ) as Json;
      expect(Scenario.shape.steps.element.safeParse(filled).success, snippet.label).toBe(true);
    }
  });
});
