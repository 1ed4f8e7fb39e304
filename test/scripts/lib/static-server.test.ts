import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../../scripts/lib/static-server.ts';

let work: string;
let site: StaticServer;

/** GET a raw path, exactly as written: fetch() would normalise `..` and escapes first. */
function get(path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(site.url);
  return new Promise((done, fail) => {
    const sent = request({ hostname, port, path, method: 'GET' }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => done({ status: response.statusCode ?? 0, body }));
    });
    sent.on('error', fail);
    sent.end();
  });
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'static-server-'));
  const root = join(work, 'dist');
  mkdirSync(join(root, 'papers'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<h1>home</h1>');
  writeFileSync(join(root, 'papers', 'index.html'), '<h1>papers</h1>');
  writeFileSync(join(root, '404.html'), '<h1>not found</h1>');
  // a file beside the root, which no request may reach
  writeFileSync(join(work, 'secret.txt'), 'secret');
  site = await startStaticServer(root);
});
afterAll(async () => {
  await site.close();
  rmSync(work, { recursive: true, force: true });
});

describe('startStaticServer', () => {
  it('serves index files and redirects a folder without its slash', async () => {
    expect(await get('/')).toEqual({ status: 200, body: '<h1>home</h1>' });
    expect((await get('/papers')).status).toBe(301);
    expect(await get('/papers/')).toEqual({ status: 200, body: '<h1>papers</h1>' });
    expect(await get('/nothing-here/')).toEqual({ status: 404, body: '<h1>not found</h1>' });
  });

  it.each([
    ['a lone percent sign', '/%'],
    ['a truncated UTF-8 escape', '/%E0%A4%A'],
    ['an escaped NUL byte', '/index.html%00.png'],
  ])('answers %s with 400', async (_, path) => {
    expect((await get(path)).status).toBe(400);
  });

  it.each([
    ['escaped slashes', '/..%2f..%2fsecret.txt'],
    ['escaped slashes to /etc/passwd', '/..%2f..%2fetc/passwd'],
    ['escaped dots', '/%2e%2e/secret.txt'],
    ['backslashes', '/..%5csecret.txt'],
  ])('never leaves the root through %s', async (_, path) => {
    const { status, body } = await get(path);
    expect([400, 404]).toContain(status);
    expect(body).not.toContain('secret');
    expect(body).not.toContain('root:');
  });

  it('answers a 10 KB path with 404', async () => {
    expect((await get(`/${'a'.repeat(10 * 1024)}`)).status).toBe(404);
  });

  it('keeps serving after every malformed request', async () => {
    for (const path of ['/%', '/%E0%A4%A', '/..%2f..%2fetc/passwd', `/${'b'.repeat(10 * 1024)}`]) await get(path);
    expect(await get('/')).toEqual({ status: 200, body: '<h1>home</h1>' });
  });
});
