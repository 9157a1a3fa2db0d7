// The architecture's boundary, checked by the linter: the functional core (model, schema,
// gap-finder, io, and the framework-free store) reaches no framework, DOM, storage or global.
import tseslint from 'typescript-eslint';

/** Folders of pure TypeScript. `src/store/useStore.ts` binds the store to React and is outside. */
export const coreFiles = ['src/model/**/*.ts', 'src/schema/**/*.ts', 'src/gaps/**/*.ts', 'src/io/**/*.ts', 'src/store/**/*.ts', 'src/evidence/**/*.ts', 'src/survey/**/*.ts'];
export const coreExceptions = ['src/store/useStore.ts', '**/*.test.ts', 'src/**/test*.ts', 'src/schema/arbitraryBoard.ts'];

const browserGlobals = ['window', 'document', 'navigator', 'self', 'indexedDB', 'localStorage', 'sessionStorage', 'location', 'history', 'BroadcastChannel', 'Worker', 'fetch', 'requestAnimationFrame'];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'test-results/**', 'playwright-report/**', 'e2e/screenshots/**', '**/*.js', '**/*.mjs'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 'latest', sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    files: coreFiles,
    ignores: coreExceptions,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'react', message: 'The functional core renders nothing: React belongs in src/view.' },
            { name: 'react-dom', message: 'The functional core renders nothing: React belongs in src/view.' },
            { name: 'idb-keyval', message: 'Storage belongs in src/persistence.' },
          ],
          patterns: [
            { group: ['react/*', 'react-dom/*', '@dnd-kit/*', 'd3-selection', 'd3-transition'], message: 'The functional core imports no framework or DOM library.' },
            { group: ['**/view/**', '**/view', '**/persistence/**', '**/persistence', '**/collab/**'], message: 'The functional core imports nothing from the view, storage or the network.' },
            { group: ['**/store/useStore', '**/store/useStore.ts'], message: 'useStore is the React binding; the core uses createStore.' },
          ],
        },
      ],
      'no-restricted-syntax': ['error', { selector: 'ImportExpression', message: 'No dynamic import in the functional core: it must load the same everywhere, server included.' }],
      'no-restricted-globals': ['error', ...browserGlobals.map((name) => ({ name, message: `The functional core runs without a browser: no ${name}.` }))],
      'no-restricted-properties': ['error', { object: 'globalThis', message: 'The functional core reads no global state through globalThis.' }],
    },
  },
  {
    // The document seam: the board's one way to change, over the model; no screen, storage or network.
    files: ['src/document/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['react', 'react-dom', 'react/*', '**/view/**', '**/persistence/**', '**/collab/**', '**/store/**'], message: 'The document seam imports the model only: shared and local boards implement it from outside.' }] },
      ],
    },
  },
  {
    // The shared board: Yjs and the protocol, no React and no screens (the boot is in src/view/live).
    files: ['src/collab/**/*.ts', 'src/collab/**/*.tsx'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['react', 'react-dom', 'react/*', 'react-dom/*', '**/view/**', '**/persistence/**'], message: 'src/collab holds the shared document and the room, not React nor storage: those import it, never the other way.' }] },
      ],
    },
  },
  {
    // What the server takes from the app: the rule book, the model and the shared document's layout; never the page.
    files: ['server/**/*.ts'],
    // Tests and their harness play the app's part (a participant's provider).
    ignores: ['server/test/**', '**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['react', 'react-dom', '**/src/view/**', '**/src/persistence/**', '**/src/store/**', '**/src/collab/live/**'], message: 'The server imports the model, schema and shared document only: nothing of the page, its storage or its live session.' }] },
      ],
    },
  },
);
