import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { runOnThread } from '../../src/content/on-thread.ts';
import { surveySite, type SiteSurvey } from '../../src/integrations/site-survey.ts';

const root = mkdtempSync(join(tmpdir(), 'on-thread-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const survey = fileURLToPath(new URL('../../src/integrations/site-survey.ts', import.meta.url));

describe('runOnThread', () => {
  it('gives what the export returns on this thread: the survey of a site, bundle left out', async () => {
    const site = join(root, 'dist');
    const write = (path: string, text: string) => {
      mkdirSync(join(site, path, '..'), { recursive: true });
      writeFileSync(join(site, path), text);
    };
    write('index.html', '<main>home</main>');
    write('papers/a/index.html', '<main data-pagefind-body>a</main>');
    write('papers/b/index.html', '<main data-pagefind-body>b</main>');
    write('pagefind/pagefind.js', 'js');
    const onThread = await runOnThread<SiteSurvey>(survey, 'surveySite', [site]);
    expect(onThread).toEqual(await surveySite(site));
    expect(onThread.optedIn).toBe(2);
    expect(onThread.outside.all).toEqual(['index.html', 'papers/a/index.html', 'papers/b/index.html']);
  });

  it('passes on a failure on the thread, naming the export', async () => {
    await expect(runOnThread(survey, 'surveySite', [join(root, 'no-such-site')])).rejects.toThrow(/surveySite failed on its thread: .*ENOENT/);
    await expect(runOnThread(survey, 'noSuchExport', [])).rejects.toThrow(/noSuchExport failed on its thread/);
  });
});
