import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * One command line parser for every script in scripts/: `node:util` parseArgs, strict,
 * no positionals, so an unknown flag, a missing value or a stray word stops the script
 * with one line that names it instead of being ignored.
 */
type Flags = NonNullable<ParseArgsConfig['options']>;

/** A command line the script cannot run: the message names the flag and what it takes. */
export class UsageError extends Error {}

/** The flags' values from `args`; throws UsageError naming the first flag it cannot take. */
export function parseFlags<const F extends Flags>(flags: F, args: readonly string[]) {
  try {
    return parseArgs({ args, options: flags, strict: true, allowPositionals: false }).values;
  } catch (error) {
    // parseArgs' first sentence names the flag ("Unknown option '--prot'"); the rest is advice on positionals
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_')) throw new UsageError((error as Error).message.split('. ')[0]!);
    throw error;
  }
}

/** `value` as a whole number in [min, max], `fallback` when the flag is absent. */
export function wholeNumber(flag: string, value: string | undefined, fallback: number, { min = 0, max = Number.MAX_SAFE_INTEGER } = {}): number {
  if (value === undefined) return fallback;
  const number = /^\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(number) || number < min || number > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`;
    throw new UsageError(`${flag} takes a whole number ${range}, got '${value}'`);
  }
  return number;
}

/**
 * Runs `parse` on this process's arguments. On a UsageError it prints one line, the
 * command, what is wrong and its usage, and exits with 2 (the shells' "bad usage").
 */
export function readCommandLine<T>(command: string, usage: string, parse: (args: readonly string[]) => T, args: readonly string[] = process.argv.slice(2)): T {
  try {
    return parse(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`${command}: ${error.message} (usage: ${usage})`);
    process.exit(2);
  }
}
