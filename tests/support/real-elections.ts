/**
 * The real elections vendored in data/real-elections (gzipped JSON, see its README): the
 * tests and the bench read them from the repository itself, never from outside it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

const DIR = new URL('../../data/real-elections/', import.meta.url);

/** The names of the vendored elections (file names without `.json.gz`), sorted. */
export function realElectionNames(): string[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.json.gz'))
    .map((f) => f.slice(0, -'.json.gz'.length))
    .sort();
}

/** One election's file as text (what a user's `.json` file would hold). */
export function realElectionText(name: string): string {
  return gunzipSync(readFileSync(new URL(`${name}.json.gz`, DIR))).toString('utf8');
}

/** The fields every vendored file has (data/real-elections/README.md lists the others). */
export interface RealElectionFile {
  readonly id: string;
  readonly title: string;
  readonly candidates: string[];
  readonly seats: number;
  readonly total_ballots: number;
  readonly ballots: { ranking: (string | string[])[]; count: number }[];
  readonly official: { readonly winners: string[]; readonly [key: string]: unknown };
}

/** One election's file, parsed. */
export function realElection(name: string): RealElectionFile {
  return JSON.parse(realElectionText(name)) as RealElectionFile;
}
