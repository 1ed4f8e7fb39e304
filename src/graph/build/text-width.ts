/**
 * Label widths without a browser. Advance widths (hundredths of an em) of printable
 * ASCII, the larger of DejaVu Sans and Liberation Sans semibold: the widest sans-serif
 * faces a reader's `system-ui` is likely to fall back to, so estimates err wide and
 * labels judged apart at build time stay apart on screen.
 */
const ASCII = [
  35, 46, 52, 84, 70, 100, 87, 31, 46, 46, 52, 84, 38, 42, 38, 37, 70, 70, 70, 70, 70, 70, 70, 70, 70, 70, 40, 40, 84, 84, 84, 61, 100, 77, 76, 73,
  83, 68, 68, 82, 84, 37, 56, 77, 64, 100, 84, 85, 73, 85, 77, 72, 68, 81, 77, 110, 77, 72, 73, 46, 37, 46, 84, 56, 50, 67, 72, 59, 72, 68, 44,
  72, 71, 34, 34, 67, 34, 104, 71, 69, 72, 72, 49, 60, 48, 71, 65, 92, 65, 65, 58, 71, 37, 71, 84,
];
/** Anything beyond ASCII (μ, é, CJK) counts as a wide letter. */
const OTHER = 100;

/** Width in ems of `text` set on one line. */
export function textWidthEm(text: string): number {
  let total = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    total += code >= 32 && code < 127 ? ASCII[code - 32]! : OTHER;
  }
  return (total / 100) * 1.02;
}

/**
 * A label as one or two lines: names longer than `maxOneLine` ems break at the space that
 * best balances the two lines, so labels are boxes, not long strips.
 */
export function wrapLabel(name: string, maxOneLine = 11): string[] {
  if (textWidthEm(name) <= maxOneLine) return [name];
  const words = name.split(' ');
  if (words.length < 2) return [name];
  let best: string[] = [name];
  let bestWidth = Infinity;
  for (let i = 1; i < words.length; i++) {
    const lines = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
    const width = Math.max(...lines.map(textWidthEm));
    if (width < bestWidth) {
      best = lines;
      bestWidth = width;
    }
  }
  return best;
}
