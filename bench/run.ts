// `npm run bench [-- --only-<part> --units N --years N --skip-pg --seconds N]`: prints the figures for docs/benchmarks.md.
// Parts: reporting, intake, lighthouse, oc, audit; `--only-<part>` (repeatable) runs just those.
import os from 'node:os';
import { benchAudit } from './audit.js';
import { benchIntake } from './intake.js';
import { benchLighthouse } from './lighthouse.js';
import { benchOc } from './oc.js';
import { benchReporting } from './reporting.js';

const parts: Record<string, () => Promise<string[]>> = {
  reporting: benchReporting,
  intake: benchIntake,
  lighthouse: benchLighthouse,
  oc: benchOc,
  audit: benchAudit,
};

const chosen = process.argv.filter((arg) => arg.startsWith('--only-')).map((arg) => arg.slice('--only-'.length));
const unknown = chosen.filter((name) => !(name in parts));
if (unknown.length > 0) throw new Error(`unknown part(s): ${unknown.join(', ')}; parts: ${Object.keys(parts).join(', ')}`);

const header = [`# Hải Đăng benchmarks — ${new Date().toISOString()}`, `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`, ''];
const lines = [...header];
for (const [name, run] of Object.entries(parts)) {
  if (chosen.length === 0 || chosen.includes(name)) lines.push(...(await run()), '');
}
console.log(`\n${lines.join('\n')}`);
