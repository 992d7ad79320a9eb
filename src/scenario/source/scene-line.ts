/**
 * `scene time=sunset props=pebbles,conch`, on the line after a `move`: the light and the things
 * the text puts on that scene (the conch and its pebbles, the sunset of chapter 1's real vote).
 * It adds `time` and `props` to that move step, so the JSON keeps one step per scene; a separate
 * line keeps a chapter's edits to one inserted line.
 */
import { SCENE_PROPS, SCENE_TIMES } from '../schema.ts';
import type { Context } from './context.ts';
import type { Directive, SourceLine } from './lines.ts';

export const SCENE_WORD = 'scene';

/** Reads the line into `move` (the step just above), or says what is wrong and where. */
export function sceneLine(
  ctx: Context,
  l: SourceLine,
  d: Directive,
  move: Record<string, unknown> | undefined,
  cond: unknown,
): void {
  // The move's own condition already says whether the scene happens.
  if (cond !== undefined) ctx.problem('chapterSource.scene.condition', l.line, l.column);
  if (!move || move.type !== 'move') {
    ctx.problem('chapterSource.scene.afterMove', l.line, l.column);
    return;
  }
  if (d.text !== undefined) ctx.problem('chapterSource.scene.noText', l.line, d.textColumn);
  const args = ctx.args(d.args.slice(1), l.line, ['time', 'props']);
  const time = args.get('time');
  if (time) {
    if ((SCENE_TIMES as readonly string[]).includes(time.value)) move.time = time.value;
    else
      ctx.problem('chapterSource.scene.time', l.line, time.column, {
        value: time.value,
        allowed: SCENE_TIMES.join(', '),
      });
  }
  const props = args.get('props');
  if (props) {
    const list = ctx.list(props) ?? [];
    const unknown = list.filter((p) => !(SCENE_PROPS as readonly string[]).includes(p));
    if (unknown.length > 0 || list.length === 0)
      ctx.problem('chapterSource.scene.props', l.line, props.column, {
        value: unknown.join(', ') || props.value,
        allowed: SCENE_PROPS.join(', '),
      });
    else move.props = [...new Set(list)];
  }
  if (!time && !props) ctx.problem('chapterSource.scene.empty', l.line, l.column);
}
