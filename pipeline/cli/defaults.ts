/** Where every command reads and writes unless told otherwise. */
export const DEFAULT_DB = 'data/claims.sqlite';

/** Where reviewer patches live. */
export const DEFAULT_PATCHES = 'data/patches';

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;
