import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * The thread's program: it imports the module with tsx's `tsImport` (the project runs
 * TypeScript with tsx; its ES module loader, since the CommonJS one took 1.2 s instead of
 * 0.5 s to load the renderer), calls the named export with the arguments and posts back
 * what it returns, or the failure, so the caller never waits for a thread that died.
 */
const PROGRAM = `
const { parentPort, workerData } = require('node:worker_threads');
const { pathToFileURL } = require('node:url');
const { api, file, name, args } = workerData;
import(api)
  .then(({ tsImport }) => tsImport(file, pathToFileURL(file).href))
  .then(async (module) => parentPort.postMessage({ value: await module[name](...args) }))
  .catch((error) => parentPort.postMessage({ error: String((error && error.stack) || error) }));
`;

/**
 * The URL of tsx's ES module API (`tsx/esm/api`, as its package's exports map names it:
 * a CommonJS `require.resolve` would give its CommonJS build), or undefined where tsx
 * cannot be found (the build runs under tsx, so only a broken install).
 */
function tsxApi(): string | undefined {
  try {
    const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
    const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as { exports?: Record<string, { import?: { default?: string } }> };
    const target = exports?.['./esm/api']?.import?.default;
    return target === undefined ? undefined : pathToFileURL(join(dirname(manifest), target)).href;
  } catch {
    return undefined;
  }
}

/**
 * Runs the export `name` of the module `file` (a path) with `args` on a worker thread and
 * gives what it returns (a value the structured clone copies). What the thread allocates
 * goes with it when it ends: its heap is not this process's, which at the build's peak
 * beside Pagefind stays as small as it was (src/integrations/finish-site.ts).
 */
export function runOnThread<T>(file: string, name: string, args: readonly unknown[]): Promise<T> {
  const api = tsxApi();
  if (api === undefined) return Promise.reject(new Error(`${name} cannot run on a thread: tsx is not installed. Hint: run \`npm ci\`.`));
  return new Promise<T>((resolve, reject) => {
    const worker = new Worker(PROGRAM, { eval: true, workerData: { api, file, name, args } });
    let settled = false;
    worker.once('message', (message: { value?: T; error?: string }) => {
      settled = true;
      if (message.error !== undefined) reject(new Error(`${name} failed on its thread: ${message.error}`));
      else resolve(message.value as T);
      void worker.terminate();
    });
    worker.once('error', (error) => {
      if (!settled) reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`${name}'s thread exited with code ${code} before it answered`));
    });
  });
}
