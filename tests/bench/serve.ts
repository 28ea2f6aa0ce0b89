/**
 * Builds the app for a folder of episodes and serves the build as a static host would (staticHost.ts:
 * production bundle, files gzipped ahead). Every server the bench starts is registered here and stopped when
 * the bench ends, fails or is interrupted: a stray server would hold its port and skew the next run.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/**
 * Ports the bench may use. 4173/4174 (e2e), 4321 and 4330 belong to others, and browsers refuse 4190 (ManageSieve
 * is on the Fetch standard's list of bad ports), so 4191 and up.
 */
const PORTS = [4191, 4192, 4193, 4194, 4195, 4196, 4197, 4198, 4199];

const running = new Set<ChildProcess>();

/** Kills a process group: `npx` starts `node vite`, and killing npx alone would leave vite running. */
function killGroup(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

export function stopAllServers(): void {
  for (const child of running) killGroup(child);
  running.clear();
}

// Whatever way the bench ends, its servers go with it.
process.on('exit', stopAllServers);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    stopAllServers();
    process.exit(130);
  });
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, logFile: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const log = createWriteStream(logFile);
    const child = spawn(command, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    running.add(child);
    child.stdout.pipe(log);
    child.stderr.pipe(log);
    child.on('error', reject);
    child.on('exit', (code) => {
      running.delete(child);
      log.end(() => {
        if (code === 0) resolve();
        else {
          const tail = readFileSync(logFile, 'utf8').split('\n').slice(-30).join('\n');
          reject(new Error(`${command} ${args.join(' ')} failed (exit ${code}); see ${logFile}:\n${tail}`));
        }
      });
    });
  });
}

/** The environment for vite: the bench's episodes folder, at the root path whatever the caller's shell says. */
function viteEnv(episodesDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, EPISODES_DIR: episodesDir };
  delete env.BASE_PATH;
  delete env.PEOPLE_DIR;
  return env;
}

/**
 * `EPISODES_DIR=<folder> npx vite build --outDir <dir>`. Warnings are left out of the terminal (the
 * generated episodes have their quirks on purpose, and the long ones trip Vite's chunk-size warning); the
 * full output is in `logFile`.
 */
export async function buildSite(episodesDir: string, outDir: string, logFile: string): Promise<number> {
  const started = performance.now();
  const args = ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'];
  await run('npx', args, viteEnv(episodesDir), logFile);
  return performance.now() - started;
}

/**
 * What the build is made of: HEAD and the app's files that differ from it. Others may be editing the same
 * working tree while the bench builds, so the report says when the figures are not those of a commit.
 */
export function sourceState(): { commit?: string; uncommitted?: string[] } {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' });
    const paths = ['src', 'index.html', 'vite.config.ts', 'package.json', 'package-lock.json', 'public', 'episodes'];
    // Not trimmed: each line starts with a two-letter status, which may begin with a space.
    const uncommitted = git('status', '--porcelain', '--', ...paths)
      .split('\n')
      .filter(Boolean)
      .map((line) => line.slice(3));
    return { commit: git('rev-parse', '--short', 'HEAD').trim(), uncommitted };
  } catch {
    return {}; // not a git checkout
  }
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

async function freePort(taken: ReadonlySet<number>): Promise<number> {
  for (const port of PORTS) if (!taken.has(port) && (await portIsFree(port))) return port;
  throw new Error(`No free port among ${PORTS.join(', ')} for the bench's server.`);
}

const usedPorts = new Set<number>();

export interface Site {
  origin: string;
  outDir: string;
  stop(): void;
}

/** `npx tsx tests/bench/staticHost.ts <dir> <port>` (the site's files written first), ready when it answers. */
export async function serveSite(outDir: string, logFile: string): Promise<Site> {
  const port = await freePort(usedPorts);
  usedPorts.add(port);
  const args = ['tsx', join(import.meta.dirname, 'staticHost.ts'), outDir, String(port)];
  const log = createWriteStream(logFile);
  const child = spawn('npx', args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const origin = `http://127.0.0.1:${port}`;
  const stop = () => {
    killGroup(child);
    running.delete(child);
    usedPorts.delete(port);
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      const response = await fetch(`${origin}/`);
      if (response.ok) return { origin, outDir, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  stop();
  throw new Error(`The bench's server on port ${port} did not start; see ${logFile}`);
}
