import { createReadStream, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, isAbsolute, join, normalize, relative, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';

/**
 * Serves a built site the way a static host does (GitHub Pages, Netlify): directory
 * index files, the site's 404 page, correct types, gzip for text. Used by
 * `npm run preview`, the end-to-end tests and the benchmarks.
 */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|xml|x-bibtex)|image\/svg)/;

export interface StaticServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** A request path that names no file: its escapes do not decode, or it holds a NUL byte. */
const MALFORMED = Symbol('malformed');

/**
 * The file a URL path names under root, undefined when there is none, MALFORMED when the
 * path cannot be decoded. `..` segments never leave root: the decoded path is normalised
 * from `/` first, and the result is checked to lie inside root.
 */
function resolveFile(root: string, urlPath: string): string | undefined | typeof MALFORMED {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return MALFORMED;
  }
  if (decoded.includes('\0')) return MALFORMED;
  const full = join(root, normalize(`/${decoded}`));
  const inside = relative(root, full);
  if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return undefined;
  if (isFile(full)) return full;
  const index = join(full, 'index.html');
  if (isFile(index)) return index;
  return undefined;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    // ENOENT, ENOTDIR, ENAMETOOLONG (a 10 KB path): no such file, which is a 404
    return false;
  }
}

export function startStaticServer(dir: string, port = 0, host = '127.0.0.1'): Promise<StaticServer> {
  const root = resolve(dir);
  const serve = (request: IncomingMessage, response: ServerResponse): void => {
    let url: URL;
    try {
      url = new URL(request.url ?? '/', 'http://localhost');
    } catch {
      return void response.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request');
    }
    let file = resolveFile(root, url.pathname);
    if (file === MALFORMED) return void response.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request: the path does not decode');
    if (file && !url.pathname.endsWith('/') && file.endsWith('index.html') && !url.pathname.endsWith('.html')) {
      response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    let status = 200;
    if (!file) {
      status = 404;
      const notFound = resolveFile(root, '/404.html');
      if (typeof notFound !== 'string') return void response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      file = notFound;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'no-cache' };
    const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    if (gzip) headers['content-encoding'] = 'gzip';
    else headers['content-length'] = String(statSync(file).size);
    response.writeHead(status, headers);
    if (request.method === 'HEAD') return void response.end();
    const stream = createReadStream(file);
    // a file removed mid-response (a rebuild) ends this response, not the server
    stream.on('error', () => response.destroy());
    (gzip ? stream.pipe(createGzip({ level: 6 })) : stream).pipe(response);
  };
  const server = createServer((request, response) => {
    try {
      serve(request, response);
    } catch (error) {
      // one bad request must never stop the server: answer it and keep listening
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
      response.end(`Internal error: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  return new Promise((done) => {
    server.listen(port, host, () => {
      const { port: actual } = server.address() as AddressInfo;
      done({
        url: `http://${host}:${actual}`,
        server,
        close: () => new Promise((closed) => server.close(() => closed())),
      });
    });
  });
}
