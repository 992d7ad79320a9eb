/**
 * The shape of a sandbox state read from a link: checked field by field before anything uses
 * it (a link is foreign input, however it was made). The scenario checks run afterwards on the
 * scenario the state makes (open.ts), as for any scenario file.
 */
import { z } from 'zod';
import { ID_PATTERN, SPECIES, STRATEGIES } from '../scenario/schema.ts';
import { SANDBOX_LIMITS, type SandboxState } from './model.ts';

const L = SANDBOX_LIMITS;
const Name = z.string().min(1).max(L.nameLength);
const Names = z.strictObject({ fr: Name, en: Name });
const Id = z.string().regex(ID_PATTERN);
const Coordinate = z.number().int().min(0).max(L.coordinate);
const Position = z.array(Coordinate).min(1).max(2);

const Flag = z.strictObject({ id: Id, name: Names, position: Position });
const Crowd = z.strictObject({
  id: Id,
  name: Names,
  species: z.enum(SPECIES),
  centre: Position,
  spread: z.number().int().min(0).max(L.maxSpread),
  size: z.number().int().min(1).max(L.maxCrowdSize),
  strategy: z.enum(STRATEGIES).optional(),
});

const SandboxStateSchema = z
  .strictObject({
    preset: Id.optional(),
    title: Names,
    dimensions: z.union([z.literal(1), z.literal(2)]),
    axes: z.array(Names).min(1).max(2),
    flags: z.array(Flag).min(L.minFlags).max(L.maxFlags),
    crowds: z.array(Crowd).min(L.minCrowds).max(L.maxCrowds),
    approvalRadius: z.number().int().min(0).max(L.maxRadius),
    gradeBands: z.array(z.number().int().min(0).max(L.maxRadius)).length(5),
    strategies: z.boolean(),
  })
  .superRefine((s, ctx) => {
    const wrong = (path: (string | number)[], message: string): void => {
      ctx.addIssue({ code: 'custom', path, message });
    };
    if (s.axes.length !== s.dimensions) wrong(['axes'], 'sandbox.link.axes');
    s.flags.forEach((f, i) => {
      if (f.position.length !== s.dimensions) wrong(['flags', i, 'position'], 'sandbox.link.position');
    });
    s.crowds.forEach((c, i) => {
      if (c.centre.length !== s.dimensions) wrong(['crowds', i, 'centre'], 'sandbox.link.position');
    });
    if (s.crowds.reduce((n, c) => n + c.size, 0) > L.maxVoters) wrong(['crowds'], 'sandbox.link.voters');
    if (s.gradeBands.some((b, i) => i > 0 && b <= s.gradeBands[i - 1])) wrong(['gradeBands'], 'sandbox.link.bands');
  });

/** Checks a parsed value; on failure, the path of the first wrong value (as `flags[1].position`; empty for the whole). */
export function checkState(value: unknown): { state: SandboxState } | { path: string } {
  const parsed = SandboxStateSchema.safeParse(value);
  if (parsed.success) return { state: parsed.data as SandboxState };
  const first = parsed.error.issues[0];
  const path = (first?.path ?? [])
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
  return { path };
}
