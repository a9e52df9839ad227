// The only file that listens: config, database, web build, then the server, with a graceful stop.
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { DEMO_PASSWORD, demoAccounts } from './db/seed/index.js';
import { demoLevel, openDatabase, prepareDatabase } from './setup.js';
import { ensureWebBuild, webRoot } from './web-build.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const database = openDatabase(config);
  await prepareDatabase(database, { demo: demoLevel(config), now: new Date() });
  // `npm run dev` serves the web app from Vite instead.
  const apiOnly = process.argv.includes('--api-only');
  if (!apiOnly) await ensureWebBuild();
  const app = await buildApp({ config, database, webRoot: apiOnly ? undefined : webRoot });

  const stop = async (signal: string) => {
    app.log.info(`${signal}: đang dừng (stopping)`);
    await app.close();
    await database.db.destroy();
    process.exit(0);
  };
  process.once('SIGINT', (signal) => void stop(signal));
  process.once('SIGTERM', (signal) => void stop(signal));

  await app.listen({ port: config.port, host: config.host });
  const shownHost = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
  const lines = [
    '',
    `Hải Đăng đang chạy tại http://${shownHost}:${config.port}  (API: /api, tài liệu API: /api/docs)`,
    `Cơ sở dữ liệu: ${database.dialect} — ${database.location}`,
  ];
  const anyUser = await database.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (!anyUser) {
    lines.push('Chưa có tài khoản nào (no account yet). Tạo quản trị viên đầu tiên:');
    lines.push('  npm run cli -- user:create --username quantri --password "…" --name "Quản trị hệ thống" --unit VT --role admin');
  }
  if (config.demo) {
    lines.push(`Tài khoản demo (mật khẩu ${DEMO_PASSWORD}):`);
    for (const account of demoAccounts.slice(0, 8)) lines.push(`  ${account.username.padEnd(16)} ${account.role.padEnd(12)} ${account.fullName}`);
    lines.push(`  … và cán bộ của từng phường, xã: canbo.p1, canbo.thangtam, canbo.longson, …`);
  }
  console.log(lines.join('\n'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('Không khởi động được Hải Đăng (start-up failed):', error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
