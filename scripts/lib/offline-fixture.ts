/**
 * Built catalogs for the offline tests and benchmark: a scratch copy of the project (see
 * scratch-project.ts) with the seed papers or a synthetic catalog, built with the real
 * pipeline and a given offline budget. The real content/ and dist/ are never touched.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogPaths } from '../../src/content/paths.ts';
import { readSeeds } from '../../src/ingest/read-seeds.ts';
import { BUDGET_ENV } from '../../src/offline/build/budget.ts';
import { lastingTmpdir } from './lasting-tmpdir.ts';
import { prepareScratch } from './scratch-project.ts';
import { seedFiles, syntheticCatalog } from './synthetic-catalog.ts';

export interface OfflineFixture {
  /** The scratch project. */
  dir: string;
  /** Its built site. */
  site: string;
}

function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`${command} ${args.join(' ')} failed in ${cwd} (exit ${code}):\n${log.slice(-4000)}`))));
  });
}

/** The seed files of the project at `root`, as they are. */
function realSeeds(root: string): { name: string; text: string }[] {
  const dir = catalogPaths(root).seeds;
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

export interface FixtureOptions {
  /** 'seed' for the project's own seeds, or a number of synthetic papers. */
  papers: number | 'seed';
  /** The offline budget in MB (PAPER_ATLAS_OFFLINE_BUDGET_MB); the default when left out. */
  budgetMb?: number;
  dir?: string;
}

export function fixtureDir(options: FixtureOptions): string {
  return options.dir ?? join(lastingTmpdir(), `paper-atlas-offline-${options.papers}-${options.budgetMb ?? 'default'}`);
}

/** Prepares the scratch project without building it. */
export function prepareFixture(root: string, options: FixtureOptions): string {
  const dir = fixtureDir(options);
  const seeds = options.papers === 'seed' ? realSeeds(root) : seedFiles(syntheticCatalog(readSeeds(catalogPaths(root).seeds), options.papers));
  prepareScratch(root, dir, seeds);
  return dir;
}

/** Ingests and builds the scratch project in `dir` with `budgetMb` (serving at the root). */
export async function buildFixture(dir: string, budgetMb?: number): Promise<OfflineFixture> {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  delete env['BASE_PATH'];
  // Run from a test, the build would inherit vitest's NODE_ENV=test and leave out production-only code (the service worker's registration).
  for (const name of Object.keys(env)) if (name === 'NODE_ENV' || name.startsWith('VITEST')) delete env[name];
  if (budgetMb === undefined) delete env[BUDGET_ENV];
  else env[BUDGET_ENV] = String(budgetMb);
  await run(join(dir, 'node_modules/.bin/tsx'), ['scripts/ingest.ts'], dir, env);
  await run(join(dir, 'node_modules/.bin/astro'), ['build'], dir, env);
  return { dir, site: join(dir, 'dist') };
}

/** A fresh build of the fixture `options` describes, made from the project at `root`. */
export async function offlineFixture(root: string, options: FixtureOptions): Promise<OfflineFixture> {
  return buildFixture(prepareFixture(root, options), options.budgetMb);
}
