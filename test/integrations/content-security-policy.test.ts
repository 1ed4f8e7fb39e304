import { describe, expect, it } from 'vitest';
import { cspHash } from '../../src/catalog/title-style-hashes.ts';
import { THEME_BOOT } from '../../src/components/theme-boot.ts';
import { contentSecurityPolicy, DIRECTIVES } from '../../src/integrations/content-security-policy.ts';

describe('contentSecurityPolicy', () => {
  it('allows scripts from the site, WebAssembly and the theme script only, and styles from the site plus hashes the pages add', () => {
    const policy = contentSecurityPolicy();
    expect(policy.scriptDirective.resources).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy.scriptDirective.hashes).toEqual([cspHash(THEME_BOOT)]);
    expect(policy.styleDirective.resources).toEqual(["'self'", "'unsafe-hashes'"]);
    // the math titles' style attributes are each page's own (src/pages/papers/[slug].astro)
    expect(policy.styleDirective.hashes).toEqual([]);
    expect(policy.directives).toEqual([...DIRECTIVES]);
    expect(policy.directives).toContain("object-src 'none'");
  });
});
