// @ts-check
/**
 * Which way imports run, checked by `npm run lint` (dependency-cruiser). Commands
 * (scripts/, astro.config.mjs) import features, features import content and shared
 * utilities, never the other way; browser code imports only isomorphic modules; and no
 * two folders import each other, directly or round a loop.
 * test/architecture/boundaries.test.ts plants a violation of each rule and checks that
 * it fails. dependency-cruiser does not read .astro files (pages, layouts, components),
 * so their imports are not checked here; the rules cover every .ts and .mjs module.
 */

/** Isomorphic utilities and the catalog on disk: the lowest layers. */
const LOWER = '^src/(shared|content)/';
/**
 * Features: one folder each. bibliography/ and topics/induce/ are being written on other
 * branches. A new feature is added here, or its files fail `unknown-home`.
 */
const FEATURES = ['bibliography', 'catalog', 'check', 'contribute', 'graph', 'ingest', 'offline', 'render', 'search', 'topics'];
/** What only the wiring and the site may import: pages, layouts, Astro's config files, the integrations, the commands. */
const HIGHER = ['^src/(pages|layouts|integrations)/', '^src/content\\.config\\.ts$', '^scripts/', '^astro\\.config\\.mjs$', '^test/'];
/** Every home a module in src/ may live in. */
const HOMES = `^src/(${[...FEATURES, 'shared', 'content', 'components', 'integrations', 'layouts', 'pages', 'styles'].join('|')})/|^src/content\\.config\\.ts$`;
/**
 * Modules the browser may load: src/shared/, every browser/ folder, and the modules at the
 * root of a feature that has one (shared by its build/ and browser/ sides).
 */
const ISOMORPHIC = '^src/(shared/|[^/]+/browser/|(search|graph|offline)/[^/]+\\.ts$)';

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-folder-cycle',
      comment: 'Two folders import each other, directly or round a loop: move the shared part down a layer (src/shared/, src/content/ or the feature root).',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-module-cycle',
      comment: 'Modules import each other round a loop.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'browser-imports-build-code',
      comment:
        'Browser code (src/shared/, */browser/, the root modules of search, graph and offline) may import only browser code: a build-only module would be bundled for readers, or fail there.',
      severity: 'error',
      from: { path: ISOMORPHIC },
      to: { path: '^(src|scripts|test)/', pathNot: ISOMORPHIC },
    },
    {
      name: 'browser-imports-node',
      comment: 'Browser code may not import Node built-ins (node:fs, node:path…): they do not exist in a browser.',
      severity: 'error',
      from: { path: ISOMORPHIC },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'lower-imports-feature',
      comment: 'src/shared/ and src/content/ sit below every feature: they may import each other (content → shared only) but no feature.',
      severity: 'error',
      from: { path: LOWER },
      to: { path: '^src/', pathNot: LOWER },
    },
    {
      name: 'shared-imports-content',
      comment: 'src/shared/ is the lowest layer: isomorphic helpers know nothing of the catalog on disk.',
      severity: 'error',
      from: { path: '^src/shared/' },
      to: { path: '^src/content/' },
    },
    {
      name: 'feature-imports-higher',
      comment: 'Features are imported by pages, integrations and commands, never the reverse.',
      severity: 'error',
      from: { path: [LOWER, `^src/(${FEATURES.join('|')})/`] },
      to: { path: HIGHER },
    },
    {
      name: 'integration-imports-page',
      comment: 'The build steps are wiring: they may use features, not pages or layouts.',
      severity: 'error',
      from: { path: '^src/integrations/' },
      to: { path: '^src/(pages|layouts)/' },
    },
    {
      name: 'unknown-home',
      comment: 'Every module of src/ lives in a known home (see FEATURES in .dependency-cruiser.mjs).',
      severity: 'error',
      from: { path: '^src/', pathNot: HOMES },
      to: {},
    },
    {
      name: 'unknown-home-imported',
      comment: 'Every module of src/ lives in a known home (see FEATURES in .dependency-cruiser.mjs).',
      severity: 'error',
      from: {},
      to: { path: '^src/', pathNot: HOMES },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // type-only imports count: a type from build code in browser code still couples them
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(dist|node_modules|\\.astro)/' },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
