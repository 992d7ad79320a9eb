/**
 * The room server's log: one line per event, to stderr. Callers pass only what is safe to
 * keep: codes, counts, reasons. Never a ballot, a device token, a host key, or the message
 * of an error that may quote them (JSON.parse quotes its input): see docs/live-votes.md.
 */
type Sink = (line: string) => void;

let sink: Sink = (line) => process.stderr.write(`${line}\n`);

/** Tests send the log elsewhere (or nowhere). */
export function setLogSink(next: Sink): void {
  sink = next;
}

const write = (level: string, message: string) => sink(`${new Date().toISOString()} ${level} ${message}`);

export const log = {
  info: (message: string) => write('info', message),
  warn: (message: string) => write('warn', message),
  /** An error's name and code only: its message may quote what it failed on. */
  error: (message: string, error?: unknown) =>
    write('error', error === undefined ? message : `${message} (${errorName(error)})`),
};

export function errorName(error: unknown): string {
  if (typeof error !== 'object' || error === null) return typeof error;
  const { name, code } = error as { name?: unknown; code?: unknown };
  return [
    typeof name === 'string' ? name : 'Error',
    typeof code === 'string' || typeof code === 'number' ? String(code) : '',
  ]
    .filter(Boolean)
    .join(' ');
}

const firstLine = (args: unknown[]) =>
  args[0] instanceof Error
    ? errorName(args[0])
    : String(args[0] ?? '')
        .split('\n')[0]
        .slice(0, 160);

/**
 * What Colyseus says, through this log: its warnings and errors, first line only (a stack is
 * of no use to a teacher); its info and debug lines (development tips) are dropped.
 */
export const colyseusLogger = {
  debug: () => undefined,
  trace: () => undefined,
  info: () => undefined,
  warn: (...args: unknown[]) => write('warn', `colyseus: ${firstLine(args)}`),
  error: (...args: unknown[]) => write('error', `colyseus: ${firstLine(args)}`),
};
