// Command line for operators: `npm run cli -- <command> [options]`.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { roles } from '../common/units.js';
import { ConfigError, loadConfig } from './config.js';
import { AppError } from './lib/errors.js';
import { findUnitByCode } from './modules/units/service.js';
import { createUser, resetPassword } from './modules/users/service.js';
import { demoLevel, openDatabase, prepareDatabase } from './setup.js';

const usage = `Cách dùng (usage): npm run cli -- <lệnh> [tùy chọn]
  migrate                                   chạy migration và nạp dữ liệu gốc (đơn vị, kế hoạch)
  user:create --username U --password P --name "Họ tên" --unit MÃ_ĐƠN_VỊ --role ${roles.join('|')}
  user:reset-password --username U [--password P]   (không có --password: tạo mật khẩu tạm)`;

const createArgs = z.object({
  username: z.string().min(1),
  password: z.string().min(1),
  name: z.string().min(1),
  unit: z.string().min(1),
  role: z.enum(roles),
});

async function run(argv: string[]): Promise<string> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      username: { type: 'string' },
      password: { type: 'string' },
      name: { type: 'string' },
      unit: { type: 'string' },
      role: { type: 'string' },
    },
  });
  const command = positionals[0];
  if (!command || !['migrate', 'user:create', 'user:reset-password'].includes(command)) return usage;

  const config = loadConfig();
  const database = openDatabase(config);
  const now = new Date();
  try {
    await prepareDatabase(database, { demo: demoLevel(config), now });
    if (command === 'migrate') return `Đã cập nhật cơ sở dữ liệu (${database.dialect}).`;
    if (command === 'user:create') {
      const parsed = createArgs.safeParse(values);
      if (!parsed.success) throw new Error(`Thiếu hoặc sai tùy chọn: ${parsed.error.issues.map((i) => `--${i.path.join('.')}`).join(', ')}\n${usage}`);
      const unit = await findUnitByCode(database.db, parsed.data.unit);
      if (!unit) throw new Error(`Không có đơn vị mã ${parsed.data.unit}.`);
      const { user } = await createUser(
        database.db,
        null,
        { username: parsed.data.username, password: parsed.data.password, fullName: parsed.data.name, unitId: unit.id, role: parsed.data.role },
        now,
      );
      return `Đã tạo tài khoản ${user.username} (${user.role}) thuộc ${unit.name}.`;
    }
    const username = values.username;
    if (!username) throw new Error(`Thiếu --username.\n${usage}`);
    const user = await database.db.selectFrom('users').select('id').where('username', '=', username.toLowerCase()).executeTakeFirst();
    if (!user) throw new Error(`Không có tài khoản ${username}.`);
    const { temporaryPassword } = await resetPassword(database.db, null, user.id, values.password, now);
    return temporaryPassword ? `Mật khẩu tạm của ${username}: ${temporaryPassword}` : `Đã đặt lại mật khẩu của ${username}.`;
  } finally {
    await database.db.destroy();
  }
}

run(process.argv.slice(2)).then(
  (message) => console.log(message),
  (error: unknown) => {
    if (error instanceof AppError) {
      const fields = Object.values(error.fields ?? {}).map((text) => text.vi);
      console.error(fields.length > 0 ? fields.join(' ') : error.localized.vi);
    } else {
      console.error(error instanceof ConfigError || error instanceof Error ? error.message : String(error));
    }
    process.exit(1);
  },
);
