/**
 * Letters that Unicode decomposition (NFKD) does not reduce to ASCII, spelled as a
 * reader says them. One table for slugs, title keys and search, so `μP` is `mup` in a
 * URL, in duplicate detection and in the index alike.
 */

/** Lower-case Greek letters (and their variant forms) as Latin words. */
export const GREEK_NAMES: Readonly<Record<string, string>> = {
  α: 'alpha', β: 'beta', γ: 'gamma', δ: 'delta', ε: 'epsilon', ϵ: 'epsilon', ζ: 'zeta', η: 'eta', θ: 'theta',
  ι: 'iota', κ: 'kappa', λ: 'lambda', μ: 'mu', ν: 'nu', ξ: 'xi', π: 'pi', ρ: 'rho', σ: 'sigma', ς: 'sigma',
  τ: 'tau', υ: 'upsilon', φ: 'phi', ϕ: 'phi', χ: 'chi', ψ: 'psi', ω: 'omega',
};

/** Greek and the Latin-script letters NFKD keeps (ß, æ, ø…), plus ∞. */
export const LATIN_SPELLINGS: Readonly<Record<string, string>> = {
  ...GREEK_NAMES,
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i', '∞': 'infinity',
};

/** LaTeX commands that only style or size what follows: `\mathcal{O}` reads as `O`. */
const WRAPPERS = /\\(?:left|right|big{1,2}[lr]?|Big{1,2}[lr]?|mathcal|mathbf|mathrm|mathbb|mathit|mathsf|boldsymbol|operatorname|text|textbf|textit|emph|d?t?frac)(?![a-zA-Z])/g;

/** `$…$` spans as the words they spell: wrappers dropped, `\mu` kept as `mu`. */
export function flattenMath(text: string): string {
  return text.replace(/\$([^$]*)\$/g, (_m, math: string) => math.replace(WRAPPERS, ' ').replace(/\\([a-zA-Z]+)/g, ' $1 '));
}
