/**
 * Checks that need the whole scenario after the schema: every reference points to something
 * that exists, every election can be counted with the ballots its electorate can give, and
 * every condition and effect names a declared flag or variable. Texts: texts.ts. Flow: graph.ts.
 */
import type { MethodId } from '../voting/method.ts';
import { isMethodId, methods } from '../voting/methods/index.ts';
import { issue, type JsonPath, type ScenarioIssue } from './issues.ts';
import { checkGraph } from './graph.ts';
import { checkBallotCondition, checkBallotStep } from './player-ballot-refs.ts';
import { methodFlavour, voterCan } from './preferences.ts';
import { electionMethods, setupSeats } from './count.ts';
import { LIMITS } from './limits.ts';
import type { ConditionInput, EffectData, ElectionStepData, ElectorateData, ScenarioData, StepData } from './schema.ts';
import { checkTexts } from './texts.ts';
import { checkWork } from './work.ts';

type Path = (string | number)[];

class ReferenceChecker {
  readonly found: ScenarioIssue[] = [];
  private readonly stepIndex = new Map<string, number>();
  private readonly elections = new Map<string, ElectionStepData>();
  private readonly options: Set<string>;
  private readonly cast: Map<string, ScenarioData['cast'][number]>;
  private readonly places: Set<string>;
  private readonly flags: Set<string>;
  private readonly variables: Set<string>;

  constructor(private readonly s: ScenarioData) {
    this.options = new Set(s.options.map((o) => o.id));
    this.cast = new Map(s.cast.map((c) => [c.id, c]));
    this.places = new Set(s.places.map((p) => p.id));
    this.flags = new Set(s.flags);
    this.variables = new Set(Object.keys(s.variables));
    s.steps.forEach((step, i) => {
      if (step.id === undefined) return;
      if (this.stepIndex.has(step.id)) this.err('scenario.ref.duplicateId', ['steps', i, 'id'], { id: step.id });
      else this.stepIndex.set(step.id, i);
      if (step.type === 'election') this.elections.set(step.id, step);
    });
  }

  private err(
    key: string,
    path: JsonPath,
    params: Record<string, string | number> = {},
    severity: 'error' | 'warning' = 'error',
  ): void {
    this.found.push(issue(key, path, params, severity));
  }

  private unique(list: readonly { id: string }[], path: Path): void {
    const seen = new Set<string>();
    list.forEach((x, i) => {
      if (seen.has(x.id)) this.err('scenario.ref.duplicateId', [...path, i, 'id'], { id: x.id });
      seen.add(x.id);
    });
  }

  private known(set: { has(id: string): boolean }, id: string | undefined, path: JsonPath, key: string): boolean {
    if (id === undefined || set.has(id)) return true;
    this.err(key, path, { id });
    return false;
  }

  check(): ScenarioIssue[] {
    const s = this.s;
    this.unique(s.places, ['places']);
    this.unique(s.cast, ['cast']);
    this.unique(s.options, ['options']);
    this.unique(s.electorates, ['electorates']);
    if (s.kind === 'chapter' && !s.teacher) this.err('scenario.ref.teacherMissing', ['teacher'], {}, 'warning');
    s.cast.forEach((c, i) => this.known(this.places, c.home, ['cast', i, 'home'], 'scenario.ref.unknownPlace'));
    if (s.space && s.space.axes.length !== s.space.dimensions) {
      this.err('scenario.ref.axes', ['space', 'axes'], { dimensions: s.space.dimensions, count: s.space.axes.length });
    }
    s.options.forEach((o, i) => {
      if (o.position && o.position.length !== (s.space?.dimensions ?? -1)) {
        this.err('scenario.ref.positionSize', ['options', i, 'position'], { dimensions: s.space?.dimensions ?? 0 });
      }
    });
    s.electorates.forEach((e, i) => this.electorate(e, ['electorates', i]));
    s.steps.forEach((step, i) => this.step(step, ['steps', i]));
    s.expectations.forEach((x, i) => this.expectation(x, ['expectations', i]));
    this.found.push(...checkGraph(s.steps, this.stepIndex));
    this.found.push(...checkTexts(s));
    this.found.push(...checkWork(s));
    return this.found;
  }

  private optionList(ids: readonly string[] | undefined, path: Path): void {
    const seen = new Set<string>();
    ids?.forEach((id, k) => {
      this.known(this.options, id, [...path, k], 'scenario.ref.unknownOption');
      if (seen.has(id)) this.err('scenario.ref.listedTwice', [...path, k], { id });
      seen.add(id);
    });
  }

  private electorate(e: ElectorateData, path: Path): void {
    const s = this.s;
    this.unique(e.voters, [...path, 'voters']);
    const scale = e.gradeScale;
    if (scale && scale.min >= scale.max)
      this.err('scenario.ref.gradeScale', [...path, 'gradeScale'], { min: scale.min, max: scale.max });
    if (e.gradeBands) {
      const sorted = e.gradeBands.every((b, k) => k === 0 || b > e.gradeBands![k - 1]);
      if (!scale || e.gradeBands.length !== scale.max - scale.min || !sorted) {
        this.err('scenario.ref.gradeBands', [...path, 'gradeBands'], { count: scale ? scale.max - scale.min : 0 });
      }
    }
    if (
      e.approvalThreshold !== undefined &&
      scale &&
      (e.approvalThreshold < scale.min || e.approvalThreshold > scale.max)
    ) {
      this.err('scenario.ref.threshold', [...path, 'approvalThreshold'], { min: scale.min, max: scale.max });
    }
    this.optionList(e.frontRunners, [...path, 'frontRunners']);
    let total = 0;
    e.voters.forEach((v, i) => {
      const at: Path = [...path, 'voters', i];
      total += v.count;
      this.known(this.cast, v.character, [...at, 'character'], 'scenario.ref.unknownCharacter');
      if (v.ranking) {
        const flat: [string, number[]][] = v.ranking.flatMap((entry, k) =>
          typeof entry === 'string'
            ? [[entry, [k]] as [string, number[]]]
            : entry.map((c, j) => [c, [k, j]] as [string, number[]]),
        );
        const seen = new Set<string>();
        for (const [c, where] of flat) {
          const p: Path = [...at, 'ranking', ...where];
          this.known(this.options, c, p, 'scenario.ref.unknownOption');
          if (seen.has(c)) this.err('scenario.ref.rankedTwice', p, { id: c });
          seen.add(c);
        }
      }
      if (v.grades) {
        if (!scale) this.err('scenario.ref.gradeScaleMissing', [...at, 'grades']);
        for (const [c, g] of Object.entries(v.grades)) {
          this.known(this.options, c, [...at, 'grades', c], 'scenario.ref.unknownOption');
          if (scale && (g < scale.min || g > scale.max))
            this.err('scenario.ref.gradeRange', [...at, 'grades', c], { min: scale.min, max: scale.max, value: g });
        }
      }
      if (v.approves) this.optionList(v.approves, [...at, 'approves']);
      if (v.position) {
        if (!s.space) this.err('scenario.ref.spaceMissing', [...at, 'position']);
        else if (v.position.length !== s.space.dimensions)
          this.err('scenario.ref.positionSize', [...at, 'position'], { dimensions: s.space.dimensions });
        s.options.forEach((o, k) => {
          if (!o.position) this.err('scenario.ref.optionPosition', ['options', k], { id: o.id });
        });
      }
      if (v.strategy) {
        this.known(this.options, v.strategy.target, [...at, 'strategy', 'target'], 'scenario.ref.unknownOption');
        if (v.strategy.target !== undefined && v.strategy.kind !== 'bury')
          this.err('scenario.ref.strategyTarget', [...at, 'strategy', 'target']);
        this.optionList(v.strategy.frontRunners, [...at, 'strategy', 'frontRunners']);
      }
    });
    if (total > LIMITS.totalVoters)
      this.err('scenario.limit.voters', [...path, 'voters'], { count: total, limit: LIMITS.totalVoters });
  }

  /** A method fits an election when its ballots, candidates and seats allow it. */
  private fits(id: MethodId, electorate: ElectorateData, candidates: number, seats: number, path: Path): void {
    if (!isMethodId(id)) {
      this.err('scenario.schema.unknownMethod', path, { value: id });
      return;
    }
    const info = methods[id].info;
    const flavour = methodFlavour(id);
    const unable = electorate.voters.find((v) => !voterCan(v, electorate, flavour));
    if (unable) this.err('scenario.ref.ballotKind', path, { method: id, voter: unable.id, ballot: flavour });
    if (info.maxCandidates !== undefined && candidates > info.maxCandidates) {
      this.err('scenario.ref.tooManyCandidates', path, { method: id, limit: info.maxCandidates, count: candidates });
    }
    if (seats > 1 && info.winners !== 'multi') this.err('scenario.ref.seatsSingle', path, { method: id, seats });
    // Party lists can win several seats each; other committees need a candidate per seat.
    if (info.winners === 'multi' && info.family !== 'proportional' && seats > candidates)
      this.err('scenario.ref.seats', path, { seats, count: candidates });
    if (
      id === 'star' &&
      flavour === 'graded' &&
      electorate.gradeScale &&
      electorate.gradeScale.max - electorate.gradeScale.min !== 5
    ) {
      this.err('scenario.ref.starScale', path);
    }
  }

  private electorateOf(id: string | undefined, path: Path): ElectorateData {
    const found = id === undefined ? undefined : this.s.electorates.find((e) => e.id === id);
    if (id !== undefined && !found) this.err('scenario.ref.unknownElectorate', path, { id });
    return found ?? this.s.electorates[0];
  }

  private election(step: ElectionStepData, path: Path): void {
    const electorate = this.electorateOf(step.electorate, [...path, 'electorate']);
    this.optionList(step.candidates, [...path, 'candidates']);
    const count = (step.candidates ?? this.s.options).length;
    if (count < 1) this.err('scenario.schema.listMin', [...path, 'candidates'], { limit: 1 });
    const seats = setupSeats(step);
    const at: Path = step.method ? ['method'] : step.choose ? ['choose'] : ['compare'];
    if (step.strata) this.strata(step, electionMethods(this.s, step), seats, [...path, 'strata']);
    if (step.method) this.fits(step.method, electorate, count, seats, [...path, 'method']);
    step.choose?.forEach((m, k) => this.fits(m, electorate, count, seats, [...path, 'choose', k]));
    if (Array.isArray(step.compare))
      step.compare.forEach((m, k) => this.fits(m, electorate, count, seats, [...path, 'compare', k]));
    else if (step.compare === 'all' && electionMethods(this.s, step).length === 0)
      this.err('scenario.ref.noMethod', [...path, ...at]);
    if (step.tieBreak && step.tieBreak.policy !== 'none' && step.tieBreak.seed === undefined)
      this.err('scenario.ref.lotSeed', [...path, 'tieBreak']);
    if (step.if) this.condition(step.if, [...path, 'if']);
  }

  /** Sortition strata: members are candidates of the election, each in one group, seats that can be drawn. */
  private strata(step: ElectionStepData, counted: readonly MethodId[], seats: number, path: Path): void {
    const strata = step.strata ?? [];
    if (!counted.includes('sortition')) this.err('scenario.ref.strataMethod', path);
    const candidates = step.candidates ?? this.s.options.map((o) => o.id);
    const placed = new Set<string>();
    strata.forEach((st, i) => {
      st.members.forEach((id, k) => {
        const at: Path = [...path, i, 'members', k];
        if (!this.known(this.options, id, at, 'scenario.ref.unknownOption')) return;
        if (!candidates.includes(id)) this.err('scenario.ref.notCandidate', at, { id });
        else if (placed.has(id)) this.err('scenario.ref.stratumTwice', at, { id });
        placed.add(id);
      });
      if (st.seats > st.members.length)
        this.err('scenario.ref.stratumSeats', [...path, i, 'seats'], { seats: st.seats, members: st.members.length });
    });
    const inStrata = strata.reduce((n, st) => n + st.seats, 0);
    const others = candidates.filter((c) => !placed.has(c)).length;
    if (inStrata > seats) this.err('scenario.ref.strataSeats', path, { strata: inStrata, seats });
    else if (seats - inStrata > others)
      this.err('scenario.ref.strataOthers', path, { seats: seats - inStrata, count: others });
  }

  private electionRef(id: string, path: Path): ElectionStepData | undefined {
    const found = this.elections.get(id);
    if (!found) this.err('scenario.ref.unknownElection', path, { id });
    return found;
  }

  private speaker(id: string | undefined, path: Path): void {
    this.known(this.cast, id, path, 'scenario.ref.unknownSpeaker');
  }

  private goto(id: string | undefined, path: Path): void {
    this.known(this.stepIndex, id, path, 'scenario.ref.unknownStep');
  }

  private step(step: StepData, path: Path): void {
    if (step.if && step.type !== 'election') this.condition(step.if, [...path, 'if']);
    switch (step.type) {
      case 'say': {
        this.speaker(step.speaker, [...path, 'speaker']);
        const who = step.speaker === undefined ? undefined : this.cast.get(step.speaker);
        if (who && step.mood && !who.look.expressions.includes(step.mood)) {
          this.err('scenario.ref.mood', [...path, 'mood'], { mood: step.mood, id: who.id });
        }
        break;
      }
      case 'choice':
        this.speaker(step.speaker, [...path, 'speaker']);
        this.unique(
          step.options.filter((o): o is typeof o & { id: string } => o.id !== undefined),
          [...path, 'options'],
        );
        step.options.forEach((o, k) => {
          if (o.if) this.condition(o.if, [...path, 'options', k, 'if']);
          o.effects?.forEach((e, j) => this.effect(e, [...path, 'options', k, 'effects', j]));
          this.goto(o.goto, [...path, 'options', k, 'goto']);
        });
        break;
      case 'move':
        this.known(this.places, step.to, [...path, 'to'], 'scenario.ref.unknownPlace');
        step.present?.forEach((c, k) =>
          this.known(this.cast, c, [...path, 'present', k], 'scenario.ref.unknownCharacter'),
        );
        break;
      case 'set':
        step.effects.forEach((e, k) => this.effect(e, [...path, 'effects', k]));
        break;
      case 'election':
        this.election(step, path);
        break;
      case 'reveal': {
        const election = this.electionRef(step.election, [...path, 'election']);
        const electorate = this.s.electorates.find((e) => e.id === election?.electorate) ?? this.s.electorates[0];
        const voters = new Set(electorate.voters.map((v) => v.id));
        step.voters?.forEach((v, k) => this.known(voters, v, [...path, 'voters', k], 'scenario.ref.unknownVoter'));
        break;
      }
      case 'quiz':
        this.speaker(step.speaker, [...path, 'speaker']);
        step.answers.forEach((a, k) => {
          if (typeof a.correct === 'object') this.condition(a.correct, [...path, 'answers', k, 'correct']);
        });
        step.onCorrect?.forEach((e, k) => this.effect(e, [...path, 'onCorrect', k]));
        step.onWrong?.forEach((e, k) => this.effect(e, [...path, 'onWrong', k]));
        break;
      case 'puzzle':
        this.speaker(step.speaker, [...path, 'speaker']);
        this.puzzle(step, path);
        step.onSolved?.forEach((e, k) => this.effect(e, [...path, 'onSolved', k]));
        step.onFailed?.forEach((e, k) => this.effect(e, [...path, 'onFailed', k]));
        break;
      case 'branch':
        step.cases.forEach((c, k) => {
          this.condition(c.if, [...path, 'cases', k, 'if']);
          this.goto(c.goto, [...path, 'cases', k, 'goto']);
        });
        this.goto(step.else, [...path, 'else']);
        break;
      case 'goto':
        this.goto(step.to, [...path, 'to']);
        break;
      case 'ballot':
        this.speaker(step.speaker, [...path, 'speaker']);
        checkBallotStep(this.s, step, path, (key, at, params) => this.err(key, at, params));
        break;
      case 'end':
        break;
    }
  }

  private puzzle(step: Extract<StepData, { type: 'puzzle' }>, path: Path): void {
    const goal = step.goal;
    const at: Path = [...path, 'goal'];
    const election = this.electionRef(goal.election, [...at, 'election']);
    if (!election) return;
    const electorate = this.electorateOf(election.electorate, [...at, 'election']);
    const candidates = election.candidates ?? this.s.options.map((o) => o.id);
    const seats = setupSeats(election);
    if (goal.kind === 'find-method')
      goal.methods.forEach((m, k) => this.fits(m, electorate, candidates.length, seats, [...at, 'methods', k]));
    else
      this.fits(goal.method, electorate, candidates.length + (goal.kind === 'add-spoiler' ? 1 : 0), seats, [
        ...at,
        'method',
      ]);
    if (goal.kind !== 'add-spoiler' && !candidates.includes(goal.winner))
      this.err('scenario.ref.notCandidate', [...at, 'winner'], { id: goal.winner });
    if (goal.kind === 'add-spoiler') {
      goal.pool.forEach((o, k) => {
        if (this.known(this.options, o, [...at, 'pool', k], 'scenario.ref.unknownOption') && candidates.includes(o)) {
          this.err('scenario.ref.alreadyCandidate', [...at, 'pool', k], { id: o });
        }
      });
    }
  }

  private effect(e: EffectData, path: Path): void {
    if (e.set !== undefined) this.known(this.flags, e.set, [...path, 'set'], 'scenario.ref.unknownFlag');
    if (e.clear !== undefined) this.known(this.flags, e.clear, [...path, 'clear'], 'scenario.ref.unknownFlag');
    if (e.var !== undefined) this.known(this.variables, e.var, [...path, 'var'], 'scenario.ref.unknownVariable');
    if (e.persuade !== undefined) {
      const electorates = this.s.electorates.filter((el) => e.electorate === undefined || el.id === e.electorate);
      if (e.electorate !== undefined)
        this.known(
          new Set(this.s.electorates.map((el) => el.id)),
          e.electorate,
          [...path, 'electorate'],
          'scenario.ref.unknownElectorate',
        );
      else if (!electorates.some((el) => el.voters.some((v) => v.id === e.persuade)))
        this.err('scenario.persuade.unknownVoter', [...path, 'persuade'], { id: e.persuade });
      if (e.electorate !== undefined && electorates.length > 0)
        this.known(
          new Set(electorates[0].voters.map((v) => v.id)),
          e.persuade,
          [...path, 'persuade'],
          'scenario.ref.unknownVoter',
        );
      e.ranking?.forEach((x, k) =>
        (typeof x === 'string' ? [x] : x).forEach((id) =>
          this.known(this.options, id, [...path, 'ranking', k], 'scenario.ref.unknownOption'),
        ),
      );
      e.approves?.forEach((id, k) =>
        this.known(this.options, id, [...path, 'approves', k], 'scenario.ref.unknownOption'),
      );
      Object.keys(e.grades ?? {}).forEach((id) =>
        this.known(this.options, id, [...path, 'grades', id], 'scenario.ref.unknownOption'),
      );
    }
  }

  condition(c: ConditionInput, path: Path): void {
    const extra = (allowed: readonly string[]): void => {
      for (const key of Object.keys(c)) {
        if (!allowed.includes(key) && c[key as keyof ConditionInput] !== undefined)
          this.err('scenario.condition.extraKey', [...path, key], { key });
      }
    };
    if (c.flag !== undefined) {
      extra(['flag']);
      this.known(this.flags, c.flag, [...path, 'flag'], 'scenario.ref.unknownFlag');
    } else if (c.not !== undefined) {
      extra(['not']);
      this.condition(c.not, [...path, 'not']);
    } else if (c.all !== undefined || c.any !== undefined) {
      const key = c.all !== undefined ? 'all' : 'any';
      extra([key]);
      (c.all ?? c.any ?? []).forEach((inner, k) => this.condition(inner, [...path, key, k]));
    } else if (c.var !== undefined) {
      extra(['var', 'op', 'value']);
      this.known(this.variables, c.var, [...path, 'var'], 'scenario.ref.unknownVariable');
      if (c.op === undefined || c.value === undefined) this.err('scenario.condition.varNeedsOp', path);
    } else if (c.winner !== undefined) {
      extra(['winner', 'election', 'method']);
      this.known(this.options, c.winner, [...path, 'winner'], 'scenario.ref.unknownOption');
      if (c.election === undefined) return this.err('scenario.condition.needsElection', path);
      const election = this.electionRef(c.election, [...path, 'election']);
      if (!election) return;
      const counted = electionMethods(this.s, election);
      if (c.method !== undefined && !counted.includes(c.method))
        this.err('scenario.condition.methodNotCounted', [...path, 'method'], {
          method: c.method,
          election: c.election,
        });
      // Without `method` the condition reads the election's only count: a fixed or chosen
      // method, or a comparison of a single method (`compare: ["irv"]`).
      if (c.method === undefined && election.compare !== undefined && counted.length > 1)
        this.err('scenario.condition.needsMethod', path, { election: c.election });
    } else if (c.methodChosen !== undefined) {
      extra(['methodChosen', 'election']);
      if (c.election === undefined) return this.err('scenario.condition.needsElection', path);
      const election = this.electionRef(c.election, [...path, 'election']);
      if (election && !(election.choose ?? []).includes(c.methodChosen)) {
        this.err('scenario.condition.methodNotOffered', [...path, 'methodChosen'], {
          method: c.methodChosen,
          election: c.election,
        });
      }
    } else if (c.chose !== undefined) {
      extra(['chose', 'option']);
      const i = this.stepIndex.get(c.chose);
      const step = i === undefined ? undefined : this.s.steps[i];
      if (step?.type === 'ballot')
        return checkBallotCondition(this.s, step, c.option, path, (key, at, params) => this.err(key, at, params));
      if (!step || step.type !== 'choice')
        return this.err('scenario.ref.unknownChoice', [...path, 'chose'], { id: c.chose });
      if (c.option === undefined) return this.err('scenario.condition.needsOption', path);
      if (!step.options.some((o) => o.id === c.option))
        this.err('scenario.ref.unknownChoiceOption', [...path, 'option'], { id: c.option, choice: c.chose });
    } else if (c.solved !== undefined) {
      extra(['solved']);
      const i = this.stepIndex.get(c.solved);
      const type = i === undefined ? undefined : this.s.steps[i].type;
      if (type !== 'quiz' && type !== 'puzzle')
        this.err('scenario.ref.unknownQuiz', [...path, 'solved'], { id: c.solved });
    } else if (c.ended !== undefined) {
      // Another chapter's ending: the store keeps one per chapter. Which endings a chapter has is
      // checked over the shipped campaign (tests/unit/earlier-chapters.test.ts), not here.
      extra(['ended', 'ending']);
      if (c.ending === undefined) return this.err('scenario.condition.needsEnding', path);
      if (c.ended === this.s.id) this.err('scenario.condition.endedItself', [...path, 'ended'], { id: c.ended });
    }
  }

  private expectation(x: ScenarioData['expectations'][number], path: Path): void {
    const election = x.election === undefined ? undefined : this.electionRef(x.election, [...path, 'election']);
    const electorate = this.electorateOf(x.electorate ?? election?.electorate, [...path, 'electorate']);
    this.optionList(x.candidates, [...path, 'candidates']);
    const candidates = x.candidates ?? election?.candidates ?? this.s.options.map((o) => o.id);
    const seats = (typeof x.seats === 'number' ? x.seats : undefined) ?? (election ? setupSeats(election) : 1);
    if (x.method) this.fits(x.method, electorate, candidates.length, seats, [...path, 'method']);
    if (typeof x.seats === 'object') {
      for (const id of Object.keys(x.seats)) {
        if (
          this.known(this.options, id, [...path, 'seats', id], 'scenario.ref.unknownOption') &&
          !candidates.includes(id)
        ) {
          this.err('scenario.ref.notCandidate', [...path, 'seats', id], { id });
        }
      }
    }
    x.differ?.forEach((m, k) => this.fits(m, electorate, candidates.length, seats, [...path, 'differ', k]));
    x.same?.forEach((m, k) => this.fits(m, electorate, candidates.length, seats, [...path, 'same', k]));
    this.optionList(x.winners, [...path, 'winners']);
    for (const key of ['notWinner', 'condorcetWinner', 'condorcetLoser'] as const) {
      const id = x[key];
      if (typeof id === 'string') this.known(this.options, id, [...path, key], 'scenario.ref.unknownOption');
    }
    if (x.puzzle !== undefined) {
      const i = this.stepIndex.get(x.puzzle);
      if (i === undefined || this.s.steps[i].type !== 'puzzle')
        this.err('scenario.ref.unknownPuzzle', [...path, 'puzzle'], { id: x.puzzle });
    }
  }
}

export function checkReferences(scenario: ScenarioData): ScenarioIssue[] {
  return new ReferenceChecker(scenario).check();
}
