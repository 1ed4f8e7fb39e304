import katex from 'katex';
import { escapeHtml } from '../shared/escape-html.ts';

const MATH = /\$([^$]+)\$/g;

/** Whether a title holds `$…$` math (its page then loads the KaTeX stylesheet). */
export function hasMath(text: string): boolean {
  return /\$[^$]+\$/.test(text);
}

/**
 * A title as HTML: text escaped, `$…$` rendered by KaTeX (MathML for screen readers
 * included). KaTeX's HTML needs its stylesheet; `output: 'mathml'` gives MathML alone,
 * which browsers typeset natively, for titles in lists on pages that load no KaTeX CSS.
 */
export function renderTitleHtml(title: string, output: 'htmlAndMathml' | 'mathml' = 'htmlAndMathml'): string {
  let html = '';
  let at = 0;
  for (const match of title.matchAll(MATH)) {
    html += escapeHtml(title.slice(at, match.index));
    html += katex.renderToString(match[1]!, { throwOnError: false, output, strict: 'ignore' });
    at = match.index + match[0].length;
  }
  return html + escapeHtml(title.slice(at));
}

/** A title as plain text for <title>, meta tags and feeds: math kept as its TeX source. */
export function plainTitle(title: string): string {
  return title.replace(MATH, (_m, tex: string) => tex.replace(/\\(mathcal|left|right|mathrm|mathbf)\s*/g, '').replace(/[{}]/g, '').replace(/\s+/g, ' ').replace(/\s+([)\]])/g, '$1').trim());
}
