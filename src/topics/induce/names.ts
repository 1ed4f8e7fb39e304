import type { PhraseIndex } from './phrase-index.ts';

function mostCommon(counts: ReadonlyMap<string, number> | undefined): string | undefined {
  let best: string | undefined;
  let count = -1;
  for (const [form, c] of counts ?? []) if (c > count || (c === count && form < best!)) [best, count] = [form, c];
  return best;
}

/** A written form as a name: first letter up, the rest as most papers write it ("LoRA" stays). */
function capitalise(form: string): string {
  return form.charAt(0).toUpperCase() + form.slice(1);
}

/**
 * The name readers know a topic by: the written form of its head phrase that papers use
 * most in running text, lower case unless the papers capitalise a word inside it, with
 * the abbreviation they define: "State space models (SSMs)". A phrase whose text holds
 * its short form only ("SSMs") is named by the long form, which says what it is.
 */
/** How often each written form of `key` opens a paper's mentions of it. */
function formsOf(key: string, index: PhraseIndex): Map<string, number> {
  const forms = new Map<string, number>();
  for (const p of index.papersOf.get(key) ?? []) {
    const form = index.mentions[p]!.get(key)!.form;
    forms.set(form, (forms.get(form) ?? 0) + 1);
  }
  return forms;
}

export function topicName(head: string, index: PhraseIndex, shortForms: ReadonlyMap<string, string>, place: 'first' | 'later' = 'first'): string {
  const forms = new Map<string, number>();
  const short = shortForms.get(head);
  const written = formsOf(head, index);
  for (const [form, c] of written) {
    if (short !== undefined && (form === short || form === `${short}s` || form === short.replace(/s$/, ''))) continue;
    // A capital that starts a title word tells nothing: count the lower-case reading unless it is an acronym or a name inside.
    const words = form.split(' ');
    const reading = words.map((w) => (/^[A-Z][a-z]+$/.test(w) && !/[A-Z]/.test(w.slice(1)) ? w.toLowerCase() : w)).join(' ');
    forms.set(reading, (forms.get(reading) ?? 0) + c);
  }
  // Capitalised readings of names (Gaussian, Markov) are kept when papers mostly write them so.
  const reading = mostCommon(forms) ?? head;
  const proper = [...written].reduce(
    (acc, [form, c]) => {
      form.split(' ').forEach((w, i) => {
        if (/^[A-Z][a-z]+$/.test(w)) acc[i] = (acc[i] ?? 0) + c;
      });
      return acc;
    },
    [] as number[],
  );
  const total = [...written].reduce((s, [, c]) => s + c, 0);
  const named = reading
    .split(' ')
    .map((w, i) => ((proper[i] ?? 0) > 0.8 * total && (i > 0 || place === 'later') ? capitalise(w) : w))
    .join(' ');
  // Later in a list ("…, quantum dots & Higgs"), a name starts lower case unless papers write its first word capitalised.
  const cased = place === 'first' ? capitalise(named) : named;
  return short !== undefined && short.toLowerCase() !== named.toLowerCase() ? `${cased} (${short})` : cased;
}

/**
 * The phrase a topic is named by: its head, or, for a lone word whose group holds it with
 * one more word after it in half its papers or more, that phrase ("Backdoor" → "Backdoor
 * attacks", "Mott" → "Mott insulator"): the word alone is often half a name.
 */
export function nameKeyOf(head: string, keys: readonly string[], index: PhraseIndex): string {
  if (head.includes(' ')) return head;
  const count = (k: string) => index.papersOf.get(k)?.length ?? 0;
  const longer = keys.filter((k) => k.startsWith(`${head} `) && !k.slice(head.length + 1).includes(' ')).sort((a, b) => count(b) - count(a) || (a < b ? -1 : 1))[0];
  return longer !== undefined && count(longer) >= 0.5 * count(head) ? longer : head;
}

/** A name that lists subjects, for a field no one phrase names: "Carbon nanotubes (CNTs), quantum dots & graphene" (later names from `topicName(…, 'later')`). */
export function listName(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} & ${names.at(-1)!}`;
}
