/**
 * The bench page's build (the game and bench/election.html, which the game's build leaves out),
 * built once per run of the browser tests and shared by the files that open the bench page: the
 * first one to ask builds it into the folder global-setup.ts set aside (a build takes a minute on
 * a small machine); the next ones serve the same files. Each file serves it on a port of its own.
 */
import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { inject } from 'vitest';
import { buildGame, previewBuild, type ServedBuild } from '../../scripts/serve-build.ts';

/** A build is in place once its bench page is: the folder is only ever renamed into place whole. */
const built = (dir: string): boolean => existsSync(join(dir, 'bench', 'election.html'));

async function buildBenchOnce(dir: string): Promise<void> {
  if (built(dir)) return;
  // Built beside, then renamed into place: a file that stops halfway never leaves half a build.
  const scratch = mkdtempSync(join(dirname(dir), 'bench-building-'));
  await buildGame(scratch, { bench: true });
  try {
    renameSync(scratch, dir);
  } catch (error) {
    // Another file's build got there first (files run side by side): keep that one.
    rmSync(scratch, { recursive: true, force: true });
    if (!built(dir)) throw error;
  }
}

/** Serves the run's bench build (building it first if no file has yet); close() stops the server only. */
export async function serveBenchBuild(): Promise<ServedBuild> {
  const outDir = inject('benchDir');
  await buildBenchOnce(outDir);
  return previewBuild(outDir);
}
