import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, cspHash, DIRECTIVES, mathStyleAttributes } from '../../src/integrations/content-security-policy.ts';

describe('contentSecurityPolicy', () => {
  it('hashes like a browser does: SHA-256 of the exact text, base64', () => {
    // the empty string's well-known digest
    expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });

  it('collects the style attributes KaTeX writes for titles with math, and none for plain titles', () => {
    expect(mathStyleAttributes(['Plain Title', 'A $k^{-3}$ rate'])).toEqual(expect.arrayContaining(['height:0.8141em;', 'top:-3.063em;margin-right:0.05em;']));
    expect(mathStyleAttributes(['Plain Title'])).toEqual([]);
  });

  it('allows scripts from the site and WebAssembly only, and styles from the site plus the titles’ hashes', () => {
    const root = mkdtempSync(join(tmpdir(), 'atlas-csp-'));
    mkdirSync(join(root, 'content', 'papers'), { recursive: true });
    writeFileSync(join(root, 'content', 'papers', 'a.mdx'), '---\ntitle: "A $k^{-3}$ rate"\nadded: 2026-11-26\n---\n\nText.\n');
    writeFileSync(join(root, 'content', 'papers', 'broken.mdx'), 'no frontmatter at all');
    const policy = contentSecurityPolicy(root);
    expect(policy.scriptDirective.resources).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy.styleDirective.resources).toEqual(["'self'", "'unsafe-hashes'"]);
    expect(policy.styleDirective.hashes).toContain(cspHash('top:-3.063em;margin-right:0.05em;'));
    expect(policy.directives).toEqual([...DIRECTIVES]);
    expect(policy.directives).toContain("object-src 'none'");
  });
});
