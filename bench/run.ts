// `npm run bench [-- --units N --years N --skip-pg --seconds N --only-intake --only-reporting]`: prints the figures for docs/benchmarks.md.
import os from 'node:os';
import { benchIntake } from './intake.js';
import { benchReporting } from './reporting.js';
import { has } from './stats.js';

const header = [`# Hải Đăng benchmarks — ${new Date().toISOString()}`, `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`, ''];
// --only-intake / --only-reporting run one part.
const lines = [...header, ...(has('only-intake') ? [] : await benchReporting()), '', ...(has('only-reporting') ? [] : await benchIntake())];
console.log(`\n${lines.join('\n')}`);
