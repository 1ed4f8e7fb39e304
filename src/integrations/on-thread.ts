import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * The thread's program: it loads the module with tsx's `require` (the project runs
 * TypeScript with tsx), calls the named export with the arguments and posts back what
 * it returns, or the failure, so the caller never waits for a thread that died.
 */
const PROGRAM = `
const { parentPort, workerData } = require('node:worker_threads');
const { loader, file, name, args } = workerData;
Promise.resolve()
  .then(async () => {
    const tsx = require(loader);
    const value = await tsx.require(file, file)[name](...args);
    parentPort.postMessage({ value });
  })
  .catch((error) => parentPort.postMessage({ error: String((error && error.stack) || error) }));
`;

/** The path of tsx's require API, or undefined where tsx cannot be found (the build runs under tsx, so only a broken install). */
function tsxLoader(): string | undefined {
  try {
    return createRequire(import.meta.url).resolve('tsx/cjs/api');
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
  const loader = tsxLoader();
  if (loader === undefined) return Promise.reject(new Error(`${name} cannot run on a thread: tsx is not installed. Hint: run \`npm ci\`.`));
  return new Promise<T>((resolve, reject) => {
    const worker = new Worker(PROGRAM, { eval: true, workerData: { loader, file, name, args } });
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
