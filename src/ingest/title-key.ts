/**
 * Two titles name the same paper when they agree after normalising case, punctuation,
 * spacing, LaTeX and Unicode: `u-μP`, `u-$\mu$P` and `U-MuP` all give `umup`.
 */

/** Greek and other letters that Unicode decomposition leaves non-ASCII. */
const LETTERS: Record<string, string> = {
  α: 'alpha', β: 'beta', γ: 'gamma', δ: 'delta', ε: 'epsilon', ϵ: 'epsilon', ζ: 'zeta', η: 'eta', θ: 'theta',
  ι: 'iota', κ: 'kappa', λ: 'lambda', μ: 'mu', ν: 'nu', ξ: 'xi', π: 'pi', ρ: 'rho', σ: 'sigma', ς: 'sigma',
  τ: 'tau', υ: 'upsilon', φ: 'phi', ϕ: 'phi', χ: 'chi', ψ: 'psi', ω: 'omega',
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i', '∞': 'infinity',
};

/** LaTeX commands that only style or size what follows: `\mathcal{O}` reads as `O`. */
const WRAPPERS = /\\(?:left|right|big{1,2}[lr]?|Big{1,2}[lr]?|mathcal|mathbf|mathrm|mathbb|mathit|mathsf|boldsymbol|operatorname|text|textbf|textit|emph|d?t?frac)(?![a-zA-Z])/g;

/** `$…$` spans as the words they spell: wrappers dropped, `\mu` kept as `mu`. */
function flattenMath(title: string): string {
  return title.replace(/\$([^$]*)\$/g, (_m, math: string) => math.replace(WRAPPERS, ' ').replace(/\\([a-zA-Z]+)/g, ' $1 '));
}

/** The comparison key of a title: lower-case ASCII letters and digits only. */
export function titleKey(title: string): string {
  return flattenMath(title)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{ASCII}]/gu, (ch) => LETTERS[ch] ?? ch)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}
