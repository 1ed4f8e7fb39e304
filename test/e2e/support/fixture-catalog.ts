import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogPaths } from '../../../src/content/paths.ts';
import { readEntries, type PaperEntry } from '../../../src/content/read-entries.ts';
import { BUDGET_ENV } from '../../../src/offline/build/budget.ts';
import { lastingTmpdir } from '../../../scripts/lib/lasting-tmpdir.ts';
import { linkNodeModules, PROJECT_FILES } from '../../../scripts/lib/scratch-project.ts';
import { commandEnv, PROJECT } from '../../check/support/temp-project.ts';

/**
 * The end-to-end tests' catalog (test/fixtures/catalog/: seeds, entries, a vocabulary of
 * its own), built with `npm run build` in a scratch copy of the project, in the manner of
 * Starlight's `__e2e__/fixtures`. Counts and papers come from the fixture, so a change to
 * the live catalog never breaks a browser test, and the checks that read every page (the
 * Nu HTML Checker, the link checker, the CSP scan) read 42 papers, not the whole seed.
 *
 * Built once per run and kept between runs: the build lives under the system's temp
 * folder with a key of everything that shapes it (the project's code and config, the
 * lock file, the fixture, the options). The first test file that asks builds it; later
 * files, and later runs with the same code, reuse it. A build happens in a folder of
 * its own and is moved into place when done, so a half-built site is never served.
 */
export const FIXTURE = join(PROJECT, 'test', 'fixtures', 'catalog');

/** Files the fixture's folder keeps beside the project: the key it was built for, the build's output. */
const KEY = '.fixture-key';
const LOG = '.fixture-build.log';

/** Environment that changes what a build makes; the fixture build sets them itself. */
const BUILD_ENV = ['BASE_PATH', 'SITE_URL', 'PAGE_SIZE', BUDGET_ENV];

export interface FixtureOptions {
  /** A name for this variant (its folder), e.g. `page-size-4`. Default `default`. */
  name?: string;
  /** Environment for the build, e.g. `{ PAGE_SIZE: '4' }`. */
  env?: Record<string, string>;
}

export interface FixtureSite {
  /** The scratch project: content/papers/ holds the entries as the build read them. */
  dir: string;
  /** Its built site. */
  site: string;
  /** The catalog's entries, after ingest (tags as the build derived them). */
  entries: PaperEntry[];
  /** What `npm run build` printed. */
  log: string;
}

function hashTree(hash: ReturnType<typeof createHash>, root: string, path: string): void {
  const full = join(root, path);
  if (statSync(full).isDirectory()) {
    for (const name of readdirSync(full).sort()) hashTree(hash, root, join(path, name));
  } else {
    hash.update(`${path}\0`).update(readFileSync(full)).update('\0');
  }
}

/** A key of what shapes the fixture's build: code, config, dependencies, the fixture, this file and the options. */
function buildKey(options: FixtureOptions): string {
  const hash = createHash('sha256');
  for (const name of [...PROJECT_FILES, 'package-lock.json']) hashTree(hash, PROJECT, name);
  hashTree(hash, PROJECT, relative(PROJECT, FIXTURE));
  hashTree(hash, PROJECT, relative(PROJECT, fileURLToPath(import.meta.url)));
  hash.update(JSON.stringify(options.env ?? {}));
  return hash.digest('hex');
}

/** Copies the project's code and the fixture catalog into `dir`. */
export function prepareFixtureCopy(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const name of PROJECT_FILES) cpSync(join(PROJECT, name), join(dir, name), { recursive: true });
  cpSync(join(FIXTURE, 'content'), join(dir, 'content'), { recursive: true });
  cpSync(join(FIXTURE, 'seeds'), join(dir, 'seeds'), { recursive: true });
  linkNodeModules(join(PROJECT, 'node_modules'), join(dir, 'node_modules'));
}

/** Runs `npm run build` in a prepared copy, as a reader's machine would; returns what it printed. */
export function buildFixtureCopy(dir: string, options: FixtureOptions = {}): string {
  const env = commandEnv();
  for (const name of BUILD_ENV) delete env[name];
  Object.assign(env, options.env);
  const run = spawnSync('npm', ['run', 'build'], { cwd: dir, env, encoding: 'utf8', timeout: 300_000, maxBuffer: 64 * 1024 * 1024 });
  const log = `${run.stdout}${run.stderr}`;
  if (run.status !== 0) throw new Error(`The fixture catalog did not build (npm run build in ${dir}, exit ${run.status ?? run.signal}):\n${log.slice(-6000)}`);
  return log;
}

/**
 * The fixture catalog, built (or reused) for `options`. Synchronous, so a test file can
 * read the built pages while it collects its tests.
 */
export function fixtureSite(options: FixtureOptions = {}): FixtureSite {
  const name = options.name ?? 'default';
  const project = createHash('sha256').update(PROJECT).digest('hex').slice(0, 10);
  const dir = join(lastingTmpdir(), `paper-atlas-e2e-${project}-${name}`);
  const keyFile = join(dir, KEY);
  const key = buildKey(options);
  const ready = existsSync(keyFile) && readFileSync(keyFile, 'utf8') === key && existsSync(join(dir, 'dist', 'index.html'));
  if (!ready) {
    const fresh = `${dir}.building-${process.pid}`;
    rmSync(fresh, { recursive: true, force: true });
    try {
      prepareFixtureCopy(fresh);
      writeFileSync(join(fresh, LOG), buildFixtureCopy(fresh, options));
      writeFileSync(join(fresh, KEY), key);
      rmSync(dir, { recursive: true, force: true });
      renameSync(fresh, dir);
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  }
  return { dir, site: join(dir, 'dist'), entries: readEntries(catalogPaths(dir).papers), log: readFileSync(join(dir, LOG), 'utf8') };
}

/** A fixture paper's page, by the start of its slug (unique in the fixture). */
export const FIXTURE_PAPERS = {
  /** Example-dependent kernels (a code link with a final period, a percentage, a two-topic BibTeX entry). */
  gateconv: '/papers/gateconv-gated-kernel-mixing-for-cheap-inference/',
  /** Declares MarchNet++ as another version of itself. */
  marchnet: '/papers/marchnet-differentiable-iso-surface-extraction-from-signed-distance/',
  marchnetJournal: '/papers/marchnet-differentiable-iso-surface-extraction-with-changing-topology/',
  /** `$1/n$` in the title. */
  quaternion: '/papers/quaternion-layers-with-1-n-of-the-parameters/',
  /** `$\mathcal{O}(k^{-3})$` in the title, braces in the abstract. */
  newton: '/papers/damped-newton-steps-with-global-o-k-3-convergence/',
  /** Found offline by "hypercomplex". */
  hyperkron: '/papers/hyperkron-lightweight-networks-via-hypercomplex-kronecker-convolutions/',
} as const;
