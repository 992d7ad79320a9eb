/**
 * Ballot files read by `tally` (scripts/tally/file.ts): peak memory (RSS) and time to read
 * and count (plurality) generated ranked CSV files of 30 MB and 100 MB with 30 distinct
 * ballots, and of 30 MB with 500,000 distinct ballots. Each file is read in its own process,
 * so that each peak is that file's. --quick: files of a tenth of the size.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateRankedCsv } from '../../tests/support/big-files.ts';
import { readTallyFile } from '../tally/file.ts';
import { countWith } from '../../src/voting/analysis.ts';

const json = process.argv.includes('--json');
const quick = process.argv.includes('--quick');
const childAt = process.argv.indexOf('--child');

if (childAt > 0) {
  // One file: read it as `tally FILE --method plurality` does, and say what it cost.
  const start = performance.now();
  const { election, streamed } = readTallyFile(process.argv[childAt + 1], 'en');
  countWith('plurality', election.profile, {});
  const ms = Math.round(performance.now() - start);
  const peakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(JSON.stringify({ ms, peakRssMB, streamed, groups: election.profile.counts.length }));
} else {
  const scale = quick ? 0.1 : 1;
  const dir = mkdtempSync(join(tmpdir(), 'bench-files-'));
  const cases = [
    [30e6 * scale, 30],
    [100e6 * scale, 30],
    [30e6 * scale, 500_000 * scale],
  ].map(([bytes, groups]) => [`${bytes / 1e6} MB, ${groups.toLocaleString('en')} groups`, bytes, groups] as const);
  const figures: Record<string, unknown> = {};
  try {
    for (const [label, bytes, groups] of cases) {
      const path = join(dir, 'ballots.csv');
      const fd = openSync(path, 'w');
      generateRankedCsv(bytes, groups, (piece) => writeSync(fd, piece));
      closeSync(fd);
      const run = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', path], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      figures[label] = run.status === 0 ? JSON.parse(run.stdout.trim()) : { error: `exit ${run.status}` };
      if (!json) console.log(`${label.padEnd(24)} ${JSON.stringify(figures[label])}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (json) console.log(JSON.stringify({ ballotFiles: figures }));
}
