/**
 * The layers, enforced: each may import only the layers below it (ARCHITECTURE: game →
 * headless presentation → sandbox/classroom/state/live → scenario → voting, shared types at the
 * ground; the test probe src/probe.ts is ground too). A zone says which folders a layer must not reach; `import-x/no-cycle` refuses cycles.
 * The build's configuration (build/, for vite.config.ts) sits above everything: it may read the
 * game's art (the app icon), and no layer of src imports it.
 */
import importX from 'eslint-plugin-import-x';

/** Every folder of src is a layer (tests/unit/layers.test.ts fails on a folder missing here). */
export const SRC = [
  'voting',
  'i18n',
  'scenario',
  'state',
  'sandbox',
  'classroom',
  'live',
  'workers',
  'present',
  'game',
  'phone',
];

/**
 * The files at src's root, each with its place: the entry and its guard (main.ts's first import)
 * sit above every layer; the test probe is ground, importing nothing of src (tests/unit/layers.test.ts
 * checks the list).
 */
export const SRC_ROOT_FILES = {
  'main.ts': 'entry',
  'guard.ts': 'entry',
  'probe.ts': 'ground',
};

/** What each layer may import besides itself (and npm packages). */
const ALLOWED = {
  voting: [
    'i18n/format.ts',
    'i18n/translate.ts',
    'i18n/messages/table.ts',
    'i18n/messages/io.ts',
    'i18n/messages/files.ts',
    'i18n/messages/readers.ts',
  ],
  i18n: ['voting'],
  scenario: ['voting', 'i18n'],
  // The store holds the sandbox's session and the classroom's desk (their types), not saved.
  state: ['sandbox', 'classroom', 'scenario', 'voting', 'i18n'],
  sandbox: ['scenario', 'voting', 'i18n'],
  classroom: ['scenario', 'voting', 'i18n'],
  live: ['classroom', 'scenario', 'voting', 'i18n'],
  workers: ['sandbox', 'scenario', 'voting', 'i18n'],
  // The headless presentation: view-models the scenes draw, with no Phaser and no DOM.
  present: ['state', 'sandbox', 'classroom', 'live', 'workers', 'scenario', 'voting', 'i18n'],
  game: ['present', 'state', 'sandbox', 'classroom', 'live', 'workers', 'scenario', 'voting', 'i18n', 'probe.ts'],
  // The phone page stays small: the room contract and its own words, nothing of the engine.
  phone: ['live/protocol.ts', 'live/refusal.ts', 'probe.ts'],
};

/** The zones for code; tests may also read the message tables they check and the vendored data. */
const zonesFor = (tests) =>
  SRC.flatMap((layer) => {
    const target = `./src/${layer}`;
    const allowed = new Set([layer, ...ALLOWED[layer], ...(tests && layer === 'voting' ? ['i18n'] : [])]);
    const fromSrc = {
      target,
      from: './src',
      except: [...allowed].map((a) => `./${a}`),
      message: `${layer} may import only ${[...allowed].join(', ')}`,
    };
    const outside = ['./server', './scripts', './tests', './build'].map((from) => ({
      target,
      from,
      message: `src/${layer} must not import ${from.slice(2)}`,
    }));
    return [fromSrc, ...outside.filter((z) => !(tests && z.from === './tests'))];
  });

/** The ground files import nothing of src (the entry, above all, may import anything). */
const groundZones = Object.entries(SRC_ROOT_FILES)
  .filter(([, place]) => place === 'ground')
  .map(([file]) => ({
    target: `./src/${file}`,
    from: './src',
    message: `src/${file} is ground: it imports nothing of src`,
  }));

export const layerRules = [
  {
    files: ['src/**/*.ts', 'server/**/*.ts', 'scripts/**/*.ts', 'tests/**/*.ts', 'build/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.js', '.mjs'] })],
      // Parse the imported TypeScript files too, so that a cycle through them is seen.
      'import-x/extensions': ['.ts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
    },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: [...zonesFor(false), ...groundZones] }],
    },
  },
  {
    files: ['src/**/*.test.ts', 'src/**/testing/**/*.ts'],
    rules: { 'import-x/no-restricted-paths': ['error', { zones: zonesFor(true) }] },
  },
  {
    // The room server runs the rooms: the contract, the classroom's model and the engine; never the game.
    files: ['server/**/*.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './server',
              from: './src',
              except: ['./live', './classroom', './scenario', './voting', './i18n'],
            },
          ],
        },
      ],
    },
  },
];
