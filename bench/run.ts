// `npm run bench [-- --units N --years N --skip-pg]`: prints the figures for docs/benchmarks.md.
import os from 'node:os';
import { benchReporting } from './reporting.js';

const header = [`# Hải Đăng benchmarks — ${new Date().toISOString()}`, `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`, ''];
const lines = [...header, ...(await benchReporting())];
console.log(`\n${lines.join('\n')}`);
