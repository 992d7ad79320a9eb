/**
 * The chapter source compiler (src/scenario/source) with the game's shared cast
 * (scenarios/cast.txt and its English table), loaded only when a chapter source is opened.
 * A source opened alone has no English table: its lines warn and show in French, marked.
 */
import type { SourceCompiler } from '../../scenario/chapter-file.ts';

const castFiles = import.meta.glob<string>(['/scenarios/cast.txt', '/scenarios/cast.en.txt'], {
  query: '?raw',
  import: 'default',
});

let compiler: Promise<SourceCompiler> | undefined;

async function build(): Promise<SourceCompiler> {
  const [{ loadChapterSource, parseCast }, fr, en] = await Promise.all([
    import('../../scenario/source/index.ts'),
    castFiles['/scenarios/cast.txt']?.() ?? Promise.resolve(''),
    castFiles['/scenarios/cast.en.txt']?.() ?? Promise.resolve(''),
  ]);
  const { cast } = parseCast(fr, en);
  return (text, name, english) =>
    loadChapterSource(text, { file: name, cast, ...(english !== undefined ? { english } : {}) });
}

export function sourceCompiler(): Promise<SourceCompiler> {
  compiler ??= build();
  return compiler;
}
