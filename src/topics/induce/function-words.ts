/**
 * English function words: the closed classes of the grammar (articles, pronouns,
 * prepositions, conjunctions, auxiliaries, quantifiers and a few discourse adverbs). A
 * topic phrase never starts or ends with one and never holds one. This list is closed
 * by nature and is not where generic phrases are refused: "experimental results" or
 * "sufficient condition" are refused by catalog statistics (see topicality.ts).
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'a about above across after again against all almost along also although always am among an and another any are ' +
    'around as at be because been before being below beside besides between beyond both but by can cannot could did do ' +
    'does doing done down during each either else enough etc even ever every few for from further had has have having he ' +
    'hence her here hers herself him himself his how however i if in indeed into is it its itself just least less many may ' +
    'me might mine more moreover most much must my myself namely near neither never nevertheless no nor not now of off ' +
    'often on once one only onto or other others otherwise our ours ourselves out over own per perhaps quite rather ' +
    'same several shall she should since so some still such than that the their theirs them themselves then thence ' +
    'there thereby therefore these they this those though through throughout thus to together too toward towards under ' +
    'unless unlike until up upon us very via was we well were what whatever when whenever where whereas wherein whether ' +
    'which while who whom whose why will with within without would yet you your yours yourself yourselves ' +
    'e g i e eg ie et al vs cf'
  ).split(' '),
);

const DIGITS = /^\d+$/;
/** A year with a letter, as citations tell two works of one year apart ("Smith et al., 2020a"). */
const CITED_YEAR = /^(?:1[5-9]|20)\d\d[a-z]$/;

/** True for a function word, or a word that is only digits or one letter: no topic is named by them alone. */
export function isFunctionWord(key: string): boolean {
  return FUNCTION_WORDS.has(key) || key.length < 2 || DIGITS.test(key);
}


/** A Roman numeral up to 39 ("ii", "iv", "xii"), as titles number parts, versions and types ("Part II", "FORTRAN IV"). */
const ROMAN_NUMERAL = /^x{0,3}(?:ix|iv|v?i{0,3})$/;

/**
 * True for a word that only numbers something: digits, a Roman numeral, or a cited year
 * ("2020a"). Alone it names no subject; inside a phrase it can ("Class II", "type 2 diabetes").
 */
export function isNumeral(key: string): boolean {
  return key !== '' && (DIGITS.test(key) || ROMAN_NUMERAL.test(key) || CITED_YEAR.test(key));
}
