/**
 * The chapter source format (docs/scenario-format.md): a plain-text chapter, its English
 * table and the shared cast, compiled to the scenario JSON. Pure, for the game and the CLI.
 */
export { parseCast, type Cast, type CastMember } from './cast.ts';
export { compileChapter, type CompileOptions, type CompileResult } from './compile.ts';
export { loadChapterSource } from './load-source.ts';
export { FRENCH_MARKER } from './context.ts';
export { tagSource } from './tag.ts';
