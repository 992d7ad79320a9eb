/**
 * Loading a scenario: size gate → strict JSON (with positions) → version gate → migrations
 * → size limits → schema (every error at once) → references, texts and flow. Nothing in a
 * scenario is ever run: it is data, checked here, then read by the runner.
 */
import { checkChapterMeta } from './chapter-meta.ts';
import { issue, hasErrors, type ScenarioIssue } from './issues.ts';
import { parseJson } from './json.ts';
import { checkLimits, LIMITS } from './limits.ts';
import { migrations } from './migrations.ts';
import { checkReferences } from './refs.ts';
import { FORMAT_VERSION, Scenario, type ScenarioData } from './schema.ts';
import { zodIssues } from './zod-issues.ts';

export interface LoadResult {
  /** Present only when there is no error (warnings may remain). */
  readonly scenario?: ScenarioData;
  /** Errors and warnings, placed on lines where the text allows. */
  readonly issues: readonly ScenarioIssue[];
  /** The version the file was written in (before migration), when it could be read. */
  readonly fromVersion?: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A surrogate pair is one 4-byte character: 4 for the high half, 0 for the low one.
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? 4 : c >= 0xdc00 && c < 0xe000 ? 0 : 3;
  }
  return bytes;
}

function dedupe(found: readonly ScenarioIssue[]): ScenarioIssue[] {
  const seen = new Set<string>();
  return found.filter((i) => {
    const id = `${i.key}|${JSON.stringify(i.path)}|${JSON.stringify(i.params)}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** Checks a value that is already parsed (after the version gate and migrations). */
export function validateScenario(doc: unknown): { scenario?: ScenarioData; issues: ScenarioIssue[] } {
  const limits = checkLimits(doc);
  if (limits.length > 0) return { issues: limits };
  const parsed = Scenario.safeParse(doc);
  if (!parsed.success) return { issues: zodIssues(parsed.error.issues, doc) };
  const found = dedupe([...checkReferences(parsed.data), ...checkChapterMeta(parsed.data)]);
  return hasErrors(found) ? { issues: found } : { scenario: parsed.data, issues: found };
}

/** Reads the version and migrates an older document up to the current format. */
export function upgrade(doc: unknown): { doc?: unknown; version?: number; issues: ScenarioIssue[] } {
  if (!isRecord(doc))
    return {
      issues: [
        issue('scenario.schema.type', [], { expected: 'object', received: Array.isArray(doc) ? 'array' : typeof doc }),
      ],
    };
  const version = doc.formatVersion;
  if (version === undefined)
    return { issues: [issue('scenario.version.missing', ['formatVersion'], { supported: FORMAT_VERSION })] };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return { issues: [issue('scenario.version.invalid', ['formatVersion'], { value: String(version) })] };
  }
  if (version > FORMAT_VERSION)
    return {
      version,
      issues: [issue('scenario.version.newer', ['formatVersion'], { version, supported: FORMAT_VERSION })],
    };
  let current: Record<string, unknown> = doc;
  const notes: ScenarioIssue[] = [];
  for (let v = version; v < FORMAT_VERSION; v++) {
    const step = migrations[v];
    if (!step) return { version, issues: [issue('scenario.version.noMigration', ['formatVersion'], { version: v })] };
    const out = step(current);
    current = out.doc;
    notes.push(...out.notes);
  }
  if (version < FORMAT_VERSION)
    notes.push(issue('scenario.migrate.done', ['formatVersion'], { from: version, to: FORMAT_VERSION }, 'warning'));
  return { doc: current, version, issues: notes };
}

export function loadScenarioText(text: string): LoadResult {
  if (text.length > LIMITS.fileBytes || utf8Length(text) > LIMITS.fileBytes) {
    return { issues: [issue('scenario.limit.file', [], { size: utf8Length(text), limit: LIMITS.fileBytes })] };
  }
  const json = parseJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  const place = (found: readonly ScenarioIssue[], migrated: boolean): ScenarioIssue[] =>
    found.map((i) => (i.line !== undefined || migrated ? i : { ...i, ...json.locate(i.path) }));
  if (json.value === undefined) return { issues: json.issues };
  const up = upgrade(json.value);
  if (up.doc === undefined) return { issues: place([...json.issues, ...up.issues], false), fromVersion: up.version };
  // After a migration the paths no longer match the text: positions are left out.
  const migrated = up.version !== FORMAT_VERSION;
  const checked = validateScenario(up.doc);
  const issues = [...json.issues, ...place(up.issues, false), ...place(checked.issues, migrated)];
  return { scenario: hasErrors(issues) ? undefined : checked.scenario, issues, fromVersion: up.version };
}
