/**
 * The one test probe: what the game and the phone page say about themselves on `<body>` as
 * `data-*` attributes, for the browser tests, the bench and outside checks. Every write goes
 * through `probe.set` (lint forbids `document.body.dataset` anywhere else), which also sends a
 * `crustaces:probe` event on `document` that a test can wait on.
 *
 * The probe is an output only: no code reads it back to decide what to do (the state it mirrors
 * lives in the store or in the module that writes it). Names and value formats are a contract
 * with the tests: renaming one breaks them.
 *
 * It sits at the ground of src (no import) so that the game and the phone page share it.
 */

/** A step out of a total, as shown: `3/7`. */
type Fraction = `${number}/${number}`;

/** A JSON object, written with JSON.stringify. */
type ProbeJson = Readonly<Record<string, unknown>> | readonly unknown[];

/** Every probe name (the camelCase form of its `data-*` attribute) and what it holds. */
interface ProbeMap {
  // The game, all screens.
  /** The scene on screen (its key), '' when none; `bench-end` when the bench page is done. */
  scene: string;
  /** The last scene that became interactive (its key), `end` at a chapter's end. */
  ready: string;
  /**
   * How many times each screen became interactive since the page loaded (`ready`'s values
   * counted, kept by the probe itself): `{"title":1,"dialogue":0,"election":5}`. A test counts
   * what happened from it instead of sampling `scene` between keys, which misses a short visit.
   */
  entered: ProbeJson;
  /**
   * Grows by one each time the game settles to wait for the player's next key (kept by the probe
   * itself: any write of a name in TURN_NAMES). A test reads it, presses a key, and waits for it to
   * grow: the game has then acted on the key and takes the next one.
   */
  turn: number;
  /** performance.now() in whole ms when the title first became interactive (the bench reads it). */
  readyAt: number;
  renderer: 'webgl' | 'canvas';
  /** What became of the save notices: none to show, shown, or read. */
  saveNotices: 'none' | 'shown' | 'read';
  crash: 'shown';
  // Chapters from a file.
  chapterDrop: 'over';
  chapterFile: 'reading' | 'refused' | 'opened';
  chapterProblems: number;
  // The coast: the map's width and the top of its band; the crab's picture as drawn (game pixels).
  coastMap: string;
  /** Whether every place's residents found room covering nothing (`fits`) or some had to cover something (`crowded`). */
  coastCrowd: 'fits' | 'crowded';
  crab: string;
  /** What the places show now (the kinds of landmarks, by place), and the place whose talk is shown. */
  landmarks: string;
  coastTalk: string;
  /** Who was talked to on the coast and what they said: `perle:world.perle.done`. */
  talk: string;
  /** The speech bubble's box on the coast, in the surface's pixels: `x,y,w,h`. */
  talkBubble: string;
  /** The finale on the beach: the line on screen (`3/11`), then `end` on its closing card. */
  finale: Fraction | 'end';
  // Story, count and results.
  /** The light the dialogue or the vote draws (day, sunset, night), and the things drawn on the scene. */
  sceneLight: string;
  sceneProps: string;
  /** Where the results stand: the place of the vote and its light (`harbour:day`, `reef-council:sunset`). */
  resultsBackdrop: string;
  /** How the vote's ballots look: pebbles into the conch, or papers into the box. */
  ballotLook: 'conch' | 'box';
  /** The dialogue's current beat (an entry's type, or the beat's kind). */
  beat: string;
  /** What the dialogue now waits for, once its beat is drawn: a line read on, a choice, a board. */
  waits: 'line' | 'choices' | 'board';
  /** Each bar's figure and the number of shapes drawn in it. */
  barPictograms: readonly (readonly [number, number])[];
  /** A bar chart's quota or majority line as drawn: its x, its thickness and its dashes' ends, in the surface's pixels (`surface`: its width). */
  countLine: ProbeJson;
  /** Which count screen is ready (Election, Count, Results). */
  countReady: string;
  /** Every ballot is in the box. */
  cast: 'done';
  /** A large electorate's list of groups on a touch screen (count/voter-panel.ts): open, or hidden behind a ballot. */
  voterPanel: 'open' | 'ballot';
  /** How the election screen opened its box: a vote cast ballot by ballot, a recount of ballots already in it, or a lottery's names. */
  electionBox: 'cast' | 'recount' | 'draw';
  countStep: Fraction;
  /** The count's step once its picture is whole (no animation left): screenshots wait for it. */
  countDrawn: Fraction;
  /** Borda's whole lines on demand (count/rank-detail.ts): offered behind a button, or open on a card. */
  countDetail: 'offered' | 'open';
  whyReasons: number;
  whyShown: number;
  /** How many facts of these ballots the results say (src/present/count/happened.ts). */
  happened: number;
  /** The count's last transfer note: where an eliminated option's ballots went. */
  countTransfers: string;
  /** The chips flying in the count now, one per flight as traced: `["salade→soupe:5","salade→(exhausted):2"]`. */
  countFlights: ProbeJson;
  /** How many draws of a sortition the count lists with their numbers. */
  countDraws: number;
  /** The comparison's page on screen, of how many. */
  resultsPage: Fraction;
  // The classroom.
  classroomView: string;
  printReady: string;
  offline: 'registered' | 'ready';
  blank: 'on';
  ballotsCast: number;
  boardPage: Fraction;
  roomCode: string;
  ballotsReceived: number;
  liveStatus: string;
  classResults: ProbeJson;
  classTies: ProbeJson;
  classDrawn: ProbeJson;
  classFigures: ProbeJson;
  classSummary: string;
  lessonStep: Fraction;
  // Sound: the AudioContext exists (after a gesture), and the level heard in percent.
  sound: 'ready';
  soundLevel: number;
  // The sandbox.
  sandboxWinners: ProbeJson;
  sandboxUpdates: number;
  sandboxPositions: ProbeJson;
  sandboxLink: string;
  /** Set while a change waits to reach the address (the link is then an earlier state). */
  sandboxLinkPending: '1';
  sandboxYee: string;
  /** The plane's box in game pixels. */
  sandboxPlane: ProbeJson;
  /** Time spent in live updates so far, in ms with two decimals (the bench reads it). */
  sandboxRefreshMs: string;
  // The phone page (vote.html).
  ballotState: string;
  connection: string;
  view: string;
  refusal: string;
}

export type ProbeName = keyof ProbeMap;

/** The event sent on `document` at every change; `value` is the attribute's text, undefined once removed. */
export const PROBE_EVENT = 'crustaces:probe';

export interface ProbeChange {
  readonly name: ProbeName;
  readonly value: string | undefined;
}

/** The attribute's text for a value: strings as they are, numbers in base 10, the rest as JSON. */
export function probeText(value: ProbeMap[ProbeName]): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

function announce(name: ProbeName, value: string | undefined): void {
  document.dispatchEvent(new CustomEvent<ProbeChange>(PROBE_EVENT, { detail: { name, value } }));
}

/**
 * The writes that mean the game now waits for the player's next key: a screen became interactive,
 * the dialogue drew its beat, the ballots are all in, a count step or a results page is shown.
 */
const TURN_NAMES: ReadonlySet<ProbeName> = new Set<ProbeName>(['ready', 'waits', 'cast', 'countStep', 'resultsPage']);

function write<K extends ProbeName>(name: K, value: ProbeMap[K]): void {
  const text = probeText(value);
  document.body.dataset[name] = text;
  announce(name, text);
}

// The probe's own counters are read back from what it wrote (not kept in the module), so that
// each page, and each test's document, starts at zero.
function turns(): number {
  return Number(document.body.dataset.turn ?? 0);
}

function entered(): Record<string, number> {
  const text = document.body.dataset.entered;
  return text === undefined ? {} : (JSON.parse(text) as Record<string, number>);
}

export const probe = {
  set<K extends ProbeName>(name: K, value: ProbeMap[K]): void {
    write(name, value);
    if (name === 'ready' && typeof value === 'string') {
      const before = entered();
      write('entered', { ...before, [value]: (before[value] ?? 0) + 1 });
    }
    if (TURN_NAMES.has(name)) write('turn', turns() + 1);
  },
  /** Removes the attributes (those present only: a removal is announced once). */
  clear(...names: ProbeName[]): void {
    for (const name of names) {
      if (document.body.dataset[name] === undefined) continue;
      delete document.body.dataset[name];
      announce(name, undefined);
    }
  },
};
