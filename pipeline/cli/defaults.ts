import { CommanderError, type Command } from 'commander';

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
