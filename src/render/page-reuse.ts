import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Set by the reuse-pages integration (src/integrations/reuse-pages.ts) for one build: the
 * path of the plan it wrote. Without it (`astro dev`, a build without the integration)
 * every page renders.
 */
export const PAGE_REUSE_ENV = 'PAPER_ATLAS_PAGE_REUSE';

/** What the integration hands the paper route for one build. */
export interface ReusePlan {
  /** The previous build's output, moved aside (absolute); no folder when nothing can be kept. */
  previousDir: string;
  /** This build's output folder (absolute). */
  outDir: string;
  /** Each paper page's digest in the previous build, by paper id (empty when its code differed). */
  previous: Record<string, string>;
  /** Where the route writes its decisions (`ReuseDecisions`). */
  decisionsFile: string;
}

/** What the route decided: every page's digest in this build, and which pages it kept. */
export interface ReuseDecisions {
  digests: Record<string, string>;
  kept: string[];
}

/** Where a paper page lives under an output folder (`build.format: 'directory'`). */
export function paperPageFile(outDir: string, id: string): string {
  return join(outDir, 'papers', id, 'index.html');
}

/** The plan of this build, if the integration made one. */
export function readPlan(env: NodeJS.ProcessEnv = process.env): ReusePlan | undefined {
  const file = env[PAGE_REUSE_ENV];
  if (!file) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as ReusePlan;
  } catch {
    return undefined; // no readable plan: render every page
  }
}

/**
 * The names of this build's bundled scripts and styles (content-hashed by Vite, written
 * before any page): a page that kept its bytes must also keep the assets it names.
 */
function assetNames(outDir: string): string[] {
  try {
    return readdirSync(join(outDir, '_astro'), { recursive: true, encoding: 'utf8' }).sort();
  } catch {
    return [];
  }
}

/** One page's digest: its inputs (`paperPageInputs`) and the build's bundled assets, hashed. */
export function pageDigest(inputs: unknown, assets: readonly string[] = []): string {
  return createHash('sha256').update(JSON.stringify(inputs)).update('\0').update(assets.join('\n')).digest('base64url');
}

/**
 * The candidates to render in this build. Without a plan, all of them. With one, a page
 * whose digest equals its previous build's, and whose previous file is still there, is
 * left out (the integration moves the file into the output once pages are written); the
 * digests and the kept ids go to the plan's decisions file.
 */
export function pagesToRender<T>(candidates: readonly { id: string; inputs: unknown; path: T }[], plan: ReusePlan | undefined): T[] {
  if (!plan) return candidates.map((c) => c.path);
  const assets = assetNames(plan.outDir);
  const digests: Record<string, string> = {};
  const kept: string[] = [];
  const render: T[] = [];
  for (const candidate of candidates) {
    const digest = pageDigest(candidate.inputs, assets);
    digests[candidate.id] = digest;
    if (plan.previous[candidate.id] === digest && existsSync(paperPageFile(plan.previousDir, candidate.id))) kept.push(candidate.id);
    else render.push(candidate.path);
  }
  writeFileSync(plan.decisionsFile, JSON.stringify({ digests, kept } satisfies ReuseDecisions));
  return render;
}
