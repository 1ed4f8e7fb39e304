/**
 * `npm run preview [-- --port 4321]`: serves dist/ on http://127.0.0.1 like a static
 * host would. Search and the offline service worker need http://, not file://.
 */
import { existsSync } from 'node:fs';
import { startStaticServer } from './lib/static-server.ts';

const portFlag = process.argv.indexOf('--port');
const port = portFlag > 0 ? Number(process.argv[portFlag + 1]) : 4321;
if (!existsSync('dist/index.html')) {
  console.error('No built site in dist/. Run `npm run build` first.');
  process.exit(1);
}
const { url } = await startStaticServer('dist', port);
console.log(`Paper Atlas is served at ${url}/ (Ctrl+C to stop)`);
