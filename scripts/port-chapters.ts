#!/usr/bin/env -S npx tsx
/**
 * port-chapters: the one-time port of the shipped scenarios to the chapter source format
 * (docs/scenario-format.md). Reads every scenarios/*.json and writes, beside each, its source
 * (`.chapitre`) and English table (`.en.txt`), and the shared cast (cast.txt, cast.en.txt).
 *   npx tsx scripts/port-chapters.ts [--dry] [--force] [--cast]   (--cast: write the cast file again too)
 * Sources are then edited by hand to read well (chapters 1 and 2: their hubs of visits use
 * once-only choices), so an existing source is never overwritten without --force.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCast } from '../src/scenario/source/cast.ts';
import { printCast, printChapter, type CastEntry } from '../src/scenario/source/print.ts';

const dir = join(fileURLToPath(new URL('.', import.meta.url)), '..', 'scenarios');
const dry = process.argv.includes('--dry');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort();
const docs = files.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, unknown>);
const cast = printCast(docs);
const force = process.argv.includes('--force');
const write = (name: string, text: string): void => {
  const kept = existsSync(join(dir, name)) && !force;
  console.log(`${name}: ${text.split('\n').length - 1} lines${kept ? ' (exists: kept, --force to overwrite)' : ''}`);
  if (!dry && !kept) writeFileSync(join(dir, name), text);
};
// The cast file, once written, is the writers' (genders were checked by hand): kept unless --cast.
let entries: Map<string, CastEntry> = cast.entries;
if (existsSync(join(dir, 'cast.txt')) && !process.argv.includes('--cast')) {
  const kept = parseCast(readFileSync(join(dir, 'cast.txt'), 'utf8')).cast;
  entries = new Map([...kept.members.values()].map((m) => [m.id, { id: m.id, name: m.name.fr, gender: m.gender }]));
} else {
  write('cast.txt', cast.source);
  write('cast.en.txt', cast.english);
}
files.forEach((f, i) => {
  const { source, english } = printChapter(docs[i] ?? {}, entries);
  const base = f.replace(/\.json$/, '');
  write(`${base}.chapitre`, source);
  write(`${base}.en.txt`, english);
});
