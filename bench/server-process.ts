// Runs the real server (`npm start`'s entry point) as a child process on a port of its own.
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** `web: true` serves the built web app too (page benchmarks); the API benchmarks skip it. */
export async function startServer(port: number, env: NodeJS.ProcessEnv, { web = false } = {}): Promise<ServerProcess> {
  const url = `http://127.0.0.1:${port}`;
  // A server left over on the port would answer in place of this one.
  if (await fetch(`${url}/api/health`).then(() => true, () => false)) throw new Error(`port ${port} is already serving`);
  // Node itself, not the tsx launcher: a signal (the crash test's SIGKILL) must reach the server, not a wrapper.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts', ...(web ? [] : ['--api-only'])], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let attempt = 0; attempt < 600; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    const up = await fetch(`${url}/api/health`).then((response) => response.ok, () => false);
    if (up) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url,
    child,
    stop: async (signal: NodeJS.Signals = 'SIGTERM') => {
      if (child.exitCode === null) child.kill(signal);
      await exited;
    },
  };
}
