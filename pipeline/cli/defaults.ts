import { CommanderError, InvalidArgumentError, type Command } from 'commander';

/** Where every command reads and writes unless told otherwise. */
export const DEFAULT_DB = 'data/claims.sqlite';

/** Where reviewer patches live. */
export const DEFAULT_PATCHES = 'data/patches';

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/**
 * Parses the command line of a commander program built with `exitOverride()`.
 * Returns the exit code when parsing already ended the command (`--help`,
 * `--version`: 0; a usage error, which commander has printed: 2), else null.
 */
export function parseCommandLine(program: Command, argv: readonly string[] = process.argv): number | null {
  try {
    program.parse(argv as string[]);
    return null;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    throw error;
  }
}

/** Option parser: a whole number of at least `min` (commander reports the error as a usage error). */
export function parseWholeNumber(min: 0 | 1): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`expected a whole number ≥ ${min}`);
    return n;
  };
}
