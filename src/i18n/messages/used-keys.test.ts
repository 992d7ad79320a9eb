/**
 * Every key of the French table is used: written whole in the code (src, server, scripts; tests
 * do not count), or in a scenario file, or made of one of the prefixes below that the code
 * completes at run time (each says where and why). A key nobody asks for is dead text that
 * translators would keep up for nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allMessages } from './index.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** Keys the code builds from a prefix and a value known only at run time. */
const BUILT: Readonly<Record<string, string>> = {
  'address.': 'TitleScene: the problem of a shared address (unknown, malformed)',
  'board.col.': 'puzzle-board-parts: a column of the puzzle board, by its id',
  'count.borda.ordinal.': 'chart-lines: a rank as an ordinal, by the language’s plural rule for ordinals',
  'scene.props.': 'scene-set: what the screen reader is told of the props on the scene, by prop id',
  'classroom.hands.runoff.': 'hands-view: the show-of-hands runoff stage',
  'classroom.import.kind.': 'import-view: the kind of ballots a file holds',
  'classroom.kind.': 'ClassroomScene and print: the ballot kind of a class vote',
  'classroom.lesson.step.': 'notes and print-sheets: a lesson step, by its kind',
  'classroom.print.how.': 'print-sheets: how to fill a paper ballot, by kind',
  'classroom.print.title.': 'print: a sheet title, by kind',
  'classroom.source.': 'ClassroomResultsScene: where the ballots came from',
  'classroom.unit.': 'classroom/figures: the unit of a method’s figure',
  'cli.kind.': 'scripts/tally/report: the ballot kind of a file',
  'clone.col.': 'spoiler-panel: a column of the clone table',
  'coast.place.': 'CoastScene: a place of the coast, by its id',
  'count.chart.': 'count/draw/bars: a chart’s caption, by chart kind',
  'files.shape.': 'import-view: the shape of a spreadsheet',
  'happened.': 'present/count/happened-text: what happened, by kind, with or without its plain variant',
  'io.json.': 'voting/io/json: an engine error code read from a JSON file (error.x → io.json.x)',
  'live.refused.': 'live/host-screen: why a phone’s ballot was refused, by reason',
  'place.': 'title-teaser: a place elected in the teaser, by its id',
  'playerBallot.how.': 'player-ballot-panel: how to fill the player’s ballot, by kind',
  'sandbox.strategy.': 'present/sandbox/edit and plane-view: a voter strategy, by id',
  'scenario.input.': 'scenario/transcript: a player input, by kind',
  'scenario.json.': 'scenario/json: a JSON reading problem, by code',
  'scenario.mood.': 'scenario/transcript: a speaker’s mood, by id',
  'scenario.policy.': 'scenario/transcript: a tie-break policy, by id',
  'scenario.schema.': 'scenario/zod-issues: a zod issue, by code',
  'scenario.strategy.': 'present/count/voters and ballot-panel: a voter strategy, by id',
  'settings.textSize.': 'SettingsScene: a text size, by value',
  'settings.textSpeed.': 'SettingsScene: a text speed, by value',
  'state.setAside.': 'state/store: why a save was set aside, by reason',
  // present/flow/coast-world: the coast’s lines after a chapter, by the choice the player made.
  'world.council.': 'coast-world: the reef council, by its rule',
  'world.finale.council.': 'coast-world: the finale’s council line',
  'world.finale.feast.': 'coast-world: the finale’s feast line',
  'world.finale.games.': 'coast-world: the finale’s festival games line',
  'world.finale.lighthouse.': 'coast-world: the finale’s lighthouse line, by keeper',
  'world.finale.mural.': 'coast-world: the finale’s mural line',
  'world.finale.party.': 'coast-world: the finale’s quay party line',
  'world.finale.rule.': 'coast-world: the finale’s rule line',
  'world.finale.shelter.': 'coast-world: the finale’s shelter line',
  'world.finale.speaker.': 'coast-world: the finale’s speaker line',
  'world.lighthouse.': 'coast-world: the lighthouse, by keeper',
  'world.mural.': 'coast-world: the mural, by its picture',
  'world.shelter.': 'coast-world: the shelter, by its choice',
  'world.speaker.': 'coast-world: the speaker at the rock pool',
};

function codeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .filter((path) => !path.includes(join('src', 'i18n', 'messages')));
}

const code = ['src', 'server', 'scripts']
  .flatMap((d) => codeFiles(join(root, d)))
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');
const literals = new Set([...code.matchAll(/'([^'\n]*)'|"([^"\n]*)"|`([^`$\n]*)`/g)].map((m) => m[1] ?? m[2] ?? m[3]));
const scenarios = readdirSync(join(root, 'scenarios'), { withFileTypes: true, recursive: true })
  .filter((e) => e.isFile())
  .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'))
  .join('\n');
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const inScenario = (key: string): boolean => new RegExp(`(?<![\\w.-])${escape(key)}(?![\\w-])`).test(scenarios);
const keys = Object.keys(allMessages.fr);

describe('message keys', () => {
  it('every key of the French table is used by the code or a scenario', () => {
    const unused = keys.filter(
      (k) => !literals.has(k) && !inScenario(k) && !Object.keys(BUILT).some((p) => k.startsWith(p)),
    );
    expect(unused).toEqual([]);
  });

  it('every listed prefix is really completed in the code, and still names keys', () => {
    for (const prefix of Object.keys(BUILT)) {
      const built = code.includes(`\`${prefix}\${`) || code.includes(`'${prefix}' +`);
      expect(built, `${prefix} is built by the code`).toBe(true);
      expect(
        keys.some((k) => k.startsWith(prefix)),
        `${prefix} names keys`,
      ).toBe(true);
    }
  });
});
