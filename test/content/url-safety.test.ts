import { describe, expect, it } from 'vitest';
import { schemeOf, unsafeUrlReason } from '../../src/content/url-safety.ts';

describe('unsafeUrlReason', () => {
  it.each([
    ['https://arxiv.org/abs/2106.09685'],
    ['http://example.org/a?b=c#d'],
    ['mailto:someone@example.org'],
    ['../other-paper/'],
    ['/papers/x/'],
    ['#abstract'],
    ['//example.org/protocol-relative'],
    ['notes/javascript:file-name'],
  ])('allows %j', (url) => {
    expect(unsafeUrlReason(url)).toBeUndefined();
  });

  it.each([
    ['javascript:alert(1)', 'javascript'],
    ['JaVaScRiPt:alert(1)', 'javascript'],
    [' \tjavascript:alert(1)', 'javascript'],
    ['java\tscript:alert(1)', 'javascript'],
    ['java\nscript:alert(1)', 'javascript'],
    ['java\u200bscript:alert(1)', 'javascript'],
    ['\u0001javascript:alert(1)', 'javascript'],
    ['ｊａｖａｓｃｒｉｐｔ:alert(1)', 'javascript'],
    ['%6Aavascript:alert(1)', 'javascript'],
    ['vbscript:msgbox(1)', 'vbscript'],
    ['VBScript:msgbox(1)', 'vbscript'],
    ['data:text/html;base64,PHNjcmlwdD4=', 'data'],
    ['DATA:image/svg+xml,<svg onload=alert(1)>', 'data'],
    ['file:///etc/passwd', 'file'],
    ['blob:https://example.org/1', 'blob'],
  ])('refuses %j as the scheme %s', (url, scheme) => {
    expect(unsafeUrlReason(url)).toContain(`the scheme "${scheme}:" is not allowed`);
  });

  it('says why the dangerous schemes are refused', () => {
    expect(unsafeUrlReason('javascript:x')).toBe('the scheme "javascript:" is not allowed: it runs script in the reader’s browser');
    expect(unsafeUrlReason('data:x')).toBe('the scheme "data:" is not allowed: it embeds a whole document or script inside the link');
    expect(unsafeUrlReason('ftp://x')).toBe('the scheme "ftp:" is not allowed: links may only use http:, https:, mailto:');
  });

  it('reads no scheme from a relative URL', () => {
    expect(schemeOf('a/b:c')).toBeUndefined();
    expect(schemeOf('HTTPS://x')).toBe('https');
  });
});
