import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { zBenchResult, type BenchResult } from './bench-result.ts';

const BENCH_CLI = fileURLToPath(new URL('../cli/bench.ts', import.meta.url));

/**
 * Runs one configuration in a child process (the bench CLI again, with `--single`)
 * so each row's peak memory is its own, and parses the JSON it prints.
 * `process.execArgv` carries tsx's loader flags into the child.
 */
export function spawnSingle(corpus: string, langs: readonly string[], input: string, db: string, workers: number): Promise<BenchResult> {
  const args = [...process.execArgv, BENCH_CLI, '--single', '--corpus', corpus, '--langs', langs.join(','), '--input', input, '--db', db, '--workers', String(workers)];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`benchmark child for ${corpus} exited with ${code}`));
      try {
        resolve(zBenchResult.parse(JSON.parse(stdout)));
      } catch (error) {
        reject(new Error(`benchmark child for ${corpus} printed no valid result: ${(error as Error).message}`));
      }
    });
  });
}
