// `npm run dev`: the API restarting on change (tsx watch) and Vite serving the web app with hot reload.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { createServer } from 'vite';
import { projectRoot } from './web-build.js';

const api = spawn(path.join(projectRoot, 'node_modules/.bin/tsx'), ['watch', 'src/server/main.ts', '--api-only'], {
  cwd: projectRoot,
  stdio: 'inherit',
});
const vite = await createServer({ configFile: path.join(projectRoot, 'vite.config.ts') });
await vite.listen();
vite.printUrls();

const stop = () => {
  api.kill('SIGTERM');
  void vite.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
