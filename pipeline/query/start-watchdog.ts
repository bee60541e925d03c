import { Worker } from 'node:worker_threads';

// Plain JavaScript, evaluated: the watchdog needs no TypeScript loader and loads nothing.
const WATCHDOG = `const { workerData } = require('node:worker_threads');
const { writeSync } = require('node:fs');
setTimeout(() => { writeSync(2, workerData.message); process.kill(process.pid, 'SIGKILL'); }, workerData.ms);`;

/**
 * Ends the process after `ms` with `message` on stderr, from a thread of its own:
 * one step of SQLite (an aggregate over a huge join) holds the main thread
 * without returning to JavaScript, so only another thread can stop it. Returns
 * the function that calls it off; the watchdog never keeps the process alive.
 */
export function startWatchdog(ms: number, message: string): () => void {
  if (ms <= 0) return () => {};
  const worker = new Worker(WATCHDOG, { eval: true, workerData: { ms, message } });
  worker.unref();
  return () => void worker.terminate();
}
