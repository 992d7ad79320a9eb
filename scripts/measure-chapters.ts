#!/usr/bin/env -S npx tsx
/**
 * measure-chapters: how much a writer writes, before (the JSON) and after (the source and its
 * English table), per scenario and per spoken line. Non-blank lines are counted.
 *   npx tsx scripts/measure-chapters.ts
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = join(fileURLToPath(new URL('.', import.meta.url)), '..', 'scenarios');
const lines = (file: string): number =>
  existsSync(join(dir, file))
    ? readFileSync(join(dir, file), 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '').length
    : 0;
const total = { json: 0, source: 0, english: 0, says: 0 };
console.log(
  '| scenario | JSON | source | English | source + English | ratio | spoken lines | JSON per spoken line | source + English per spoken line |',
);
console.log('|---|---|---|---|---|---|---|---|---|');
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const base = file.replace(/\.json$/, '');
  const doc = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { steps: { type: string }[] };
  const says = doc.steps.filter((s) => s.type === 'say').length;
  const row = { json: lines(file), source: lines(`${base}.chapitre`), english: lines(`${base}.en.txt`), says };
  for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += row[k];
  const both = row.source + row.english;
  console.log(
    `| ${base} | ${row.json} | ${row.source} | ${row.english} | ${both} | ${Math.round((100 * both) / row.json)} % | ${says} | ${(row.json / says).toFixed(1)} | ${(both / says).toFixed(1)} |`,
  );
}
const both = total.source + total.english;
console.log(
  `| total | ${total.json} | ${total.source} | ${total.english} | ${both} | ${Math.round((100 * both) / total.json)} % | ${total.says} | ${(total.json / total.says).toFixed(1)} | ${(both / total.says).toFixed(1)} |`,
);
console.log(
  `\nShared cast: scenarios/cast.txt ${lines('cast.txt')} lines + cast.en.txt ${lines('cast.en.txt')} lines, each character once.`,
);
