/**
 * A prepared class link, `#classroom/new?q=…&options=A|B|C&kind=…&methods=…&seats=<n>`: the
 * live links' rules (src/live/link.ts) read all but `seats`, which only a class vote has (a
 * live vote elects one). Several seats: the methods are checked against the several-seat
 * methods, and default to their usual ones. Pure: no DOM.
 */
import { availableMethods, usualMethods, type ClassElection, type SetupProblem } from '../classroom/election.ts';
import { readSeats } from '../classroom/seats.ts';
import type { Lang } from '../i18n/format.ts';
import { classElectionOf } from '../live/election.ts';
import { readLiveLink } from '../live/link.ts';
import type { MethodId } from '../voting/method.ts';

function decoded(text: string): string {
  const spaced = text.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

/** The link's parameter `name` taken out of the query: its last value (undefined when absent) and the rest. */
function takeParam(query: string, name: string): { value?: string; rest: string } {
  const parts = query.replace(/^\?/, '').split('&');
  const isIt = (part: string) => part.split('=')[0] === name;
  const last = parts.filter(isIt).at(-1);
  const rest = parts.filter((p) => !isIt(p)).join('&');
  return last === undefined ? { rest } : { value: decoded(last.slice(name.length + 1)), rest };
}

export function readClassLink(
  query: string,
  lang: Lang,
): { election?: ClassElection; problems: readonly SetupProblem[] } {
  const seatsParam = takeParam(query, 'seats');
  const { seats, problem } = readSeats(seatsParam.value ?? '');
  if (problem || seats === undefined) return { problems: problem ? [problem] : [] };
  if (seats === 1) {
    const read = readLiveLink(seatsParam.rest, lang);
    return read.setup ? { election: classElectionOf(read.setup), problems: [] } : { problems: read.problems };
  }
  // The live rules know one seat only: they read the rest, the methods are checked here for the seats.
  const methodsParam = takeParam(seatsParam.rest, 'methods');
  const read = readLiveLink(methodsParam.rest, lang);
  if (!read.setup) return { problems: read.problems };
  const base = classElectionOf(read.setup);
  const available = availableMethods(base.kind, base.options.length, base.scale, seats);
  const asked = methodsParam.value
    ?.split(',')
    .map((m) => m.trim())
    .filter((m) => m !== '');
  const wrong = asked?.find((m) => !(available as string[]).includes(m));
  if (wrong !== undefined)
    return {
      problems: [
        {
          key: 'classroom.seats.methodNot',
          params: { method: wrong, seats, methods: available.length > 0 ? available.join(', ') : '—' },
        },
      ],
    };
  const methods =
    (asked as MethodId[] | undefined) ?? usualMethods(base.kind, seats).filter((m) => available.includes(m));
  if (methods.length === 0)
    return { problems: [{ key: 'classroom.seats.noMethod', params: { seats, options: base.options.length } }] };
  return { election: { ...base, methods, seats }, problems: [] };
}
