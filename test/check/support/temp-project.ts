import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { linkNodeModules, PROJECT_FILES } from '../../../scripts/lib/scratch-project.ts';

/** This checkout: the project the temporary copies are made from. */
export const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The smallest topic vocabulary ingest and the site accept: tagging needs a few topics. */
export const TOPICS = `topics:
  - slug: pruning
    name: Pruning
    description: Removing weights or units from trained networks.
    aliases: [network pruning, prune]
  - slug: quantization
    name: Quantization
    description: Low-precision weights and activations.
    aliases: [quantized, low-bit]
  - slug: low-rank-adaptation
    name: Low-rank adaptation
    description: Fine-tuning through low-rank weight updates.
    aliases: [LoRA, low-rank adapters]
`;

const made: string[] = [];

/** Deletes every copy this test file made (the links into node_modules, not their targets). */
export function removeTempProjects(): void {
  for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
}

/**
 * A throwaway copy of the project (its code, config and dependencies, not its content)
 * with the given entries in content/papers/, seeds in seeds/ and a small vocabulary,
 * so tests can run the real commands without touching this checkout.
 */
export function tempProject(options: { papers?: Record<string, string>; seeds?: Record<string, string>; topics?: string } = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'atlas-project-'));
  made.push(root);
  for (const item of PROJECT_FILES) cpSync(join(PROJECT, item), join(root, item), { recursive: true });
  // Link each package, not the folder: Astro and Vite keep caches in node_modules/.astro
  // and .vite, and builds of throwaway copies must neither read nor write this checkout's.
  linkNodeModules(join(PROJECT, 'node_modules'), join(root, 'node_modules'));
  mkdirSync(join(root, 'content', 'papers'), { recursive: true });
  mkdirSync(join(root, 'seeds'));
  writeFileSync(join(root, 'content', 'topics.yaml'), options.topics ?? TOPICS);
  for (const [name, text] of Object.entries(options.papers ?? {})) writeFileSync(join(root, 'content', 'papers', name), text);
  for (const [name, text] of Object.entries(options.seeds ?? {})) writeFileSync(join(root, 'seeds', name), text);
  return root;
}

/**
 * The environment a person's shell would give a command: without what vitest adds
 * (NODE_ENV=test, VITEST*), which changes how Vite and its plugins build.
 */
export function commandEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(VITEST|NODE_ENV$|TEST$)/.test(key)));
  return { ...env, ...extra };
}
