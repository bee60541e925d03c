import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = `${ROOT}node_modules/.bin/tsx`;

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `pnpm <command>`'s entry point as a child process, as an operator would. */
export function runCli(command: string, args: readonly string[], cwd = ROOT): CliResult {
  const result = spawnSync(TSX, [`${ROOT}pipeline/cli/${command}.ts`, ...args], { cwd, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function spawnCli(command: string, args: readonly string[], cwd = ROOT): ChildProcess {
  return spawn(TSX, [`${ROOT}pipeline/cli/${command}.ts`, ...args], { cwd, stdio: 'ignore', detached: true });
}
