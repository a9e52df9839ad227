// The web app is built on demand: when dist/web is missing or older than its sources.
import fs from 'node:fs';
import path from 'node:path';

export const projectRoot = path.resolve(import.meta.dirname, '../..');
export const webRoot = path.join(projectRoot, 'dist/web');
const sources = ['src/web', 'src/common', 'vite.config.ts', 'package-lock.json'].map((entry) => path.join(projectRoot, entry));

function newestChange(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(entry).map((name) => newestChange(path.join(entry, name))));
}

export function webBuildIsStale(): boolean {
  const index = path.join(webRoot, 'index.html');
  if (!fs.existsSync(index)) return true;
  return Math.max(...sources.map(newestChange)) > fs.statSync(index).mtimeMs;
}

export async function ensureWebBuild(log: (line: string) => void = console.log): Promise<void> {
  if (!webBuildIsStale()) return;
  log('Đang build giao diện web (web app build)…');
  const { build } = await import('vite');
  await build({ configFile: path.join(projectRoot, 'vite.config.ts'), logLevel: 'warn' });
}
