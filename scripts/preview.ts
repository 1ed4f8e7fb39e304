/**
 * `npm run preview [-- --port 4321]`: serves dist/ on http://127.0.0.1 like a static
 * host would. Search and the offline service worker need http://, not file://.
 */
import { existsSync } from 'node:fs';
import { parseFlags, readCommandLine, wholeNumber } from './lib/command-line.ts';
import { startStaticServer } from './lib/static-server.ts';

const port = readCommandLine('npm run preview', 'npm run preview [-- --port N]', (args) => {
  const flags = parseFlags({ port: { type: 'string' } }, args);
  return wholeNumber('--port', flags.port, 4321, { max: 65535 });
});
if (!existsSync('dist/index.html')) {
  console.error('No built site in dist/. Run `npm run build` first.');
  process.exit(1);
}
const { url } = await startStaticServer('dist', port);
console.log(`Paper Atlas is served at ${url}/ (Ctrl+C to stop)`);
