import pkg from '../package.json' with { type: 'json' };

/** The program version, as package.json states it. */
export const PROGRAM_VERSION: string = pkg.version;
