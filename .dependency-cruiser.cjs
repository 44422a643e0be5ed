// The import rules of desk-sla (issue #16), checked in CI by `npm run check:imports`.
// Each rule says which way the arrows may point; a violation names the rule and the import.
// Type-only imports (`import type`) vanish at run time, so the cycle rule ignores them.

// What the engine may import besides itself: pure libraries (parsing, dates, words). A whitelist,
// so a new package with I/O (pg, axios, express, winston, a file reader...) fails until it is judged.
// node:module is there for createRequire, which loads a package's JSON data like an import does.
const ENGINE_MAY_IMPORT = [
  '^src/engine/',
  '^(node:)?module$',
  '(^|/)node_modules/(zod|luxon|date-holidays|i18n-iso-countries|franc-min|html-entities|stopword|@nlpjs/lang-(de|en-min|fr))/',
]

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-runtime-cycle',
      severity: 'error',
      comment:
        'A cycle of runtime imports: the module that loads first sees the other half undefined. ' +
        'Move the shared piece to a module both can import, or make the import type-only.',
      from: { path: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'engine-is-pure',
      severity: 'error',
      comment:
        'src/engine is pure (no I/O, no clock, no env): it imports no module of the product outside ' +
        'src/engine, no node core module with I/O and no package outside its list of pure libraries.',
      from: { path: '^src/engine/' },
      to: { pathNot: ENGINE_MAY_IMPORT },
    },
    {
      name: 'store-and-desk-below-the-pipeline',
      severity: 'error',
      comment:
        'The store (src/store) and the Desk client (src/desk) sit below the pipeline, the web app and ' +
        'the CLI: they import none of them.',
      from: { path: '^src/(store|desk)/' },
      to: { path: '^src/(pipeline|web|cli)/' },
    },
    {
      name: 'nothing-imports-the-cli',
      severity: 'error',
      comment:
        'src/cli is the top: one file per command, run from bin/. What a command shares with the service ' +
        '(e.g. service-context.ts) lives outside src/cli. The one exception is the list of every error ' +
        'catalogue (src/error-catalogues.ts), which docs/errors.md is generated from: it reads the CLI catalogue too.',
      from: { path: '^src/', pathNot: '^src/(cli/|error-catalogues\\.ts$)' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'sandbox-stands-alone',
      severity: 'error',
      comment:
        'The sandbox (src/sandbox) is a stand-in for Zoho Desk: it shares no module with the product ' +
        'it is a stand-in for, so it cannot agree with it by accident.',
      from: { path: '^src/sandbox/' },
      to: { path: '^src/', pathNot: '^src/sandbox/' },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      comment: 'An import that does not resolve is an import the rules above cannot see.',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.d.ts', '.js', '.mjs', '.cjs', '.json'],
    },
  },
}
