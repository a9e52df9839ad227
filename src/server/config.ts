// The environment, checked once at start-up: a bad value stops the process with one clear line.
import path from 'node:path';
import { z } from 'zod';

const flag = z
  .enum(['0', '1', 'true', 'false'])
  .transform((value) => value === '1' || value === 'true');

const envSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'phải bắt đầu bằng postgres:// hoặc postgresql://')
    .optional(),
  HAIDANG_DATA_DIR: z.string().min(1).default('data'),
  HAIDANG_DEMO: flag.default(true),
  SESSION_TTL_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  COOKIE_SECURE: flag.default(false),
  // Off: the client's own address counts, and X-Forwarded-* headers are ignored (anyone can forge them).
  TRUST_PROXY: z
    .string()
    .regex(/^(\d{1,2}|[0-9a-fA-F.:/]+(\s*,\s*[0-9a-fA-F.:/]+)*)$/, 'số proxy đứng trước (1) hoặc danh sách địa chỉ/CIDR của proxy (10.0.0.1, 10.0.0.0/8)')
    .optional(),
  PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'địa chỉ công khai, ví dụ https://haidang.vungtau.gov.vn' })
    .transform((value) => value.replace(/\/+$/, ''))
    .optional(),
  REQUIRE_2FA: flag.default(false),
  OIDC_ISSUER: z.url({ protocol: /^https?$/, error: 'địa chỉ nhà cung cấp định danh OpenID Connect, ví dụ https://sso.baria-vungtau.gov.vn' }).optional(),
  OIDC_CLIENT_ID: z.string().min(1).max(200).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).max(500).optional(),
  OIDC_LABEL: z.string().min(1).max(80).default('Đăng nhập một lần (SSO)'),
  LOGIN_ATTEMPTS_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(10),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SMTP_URL: z.string().regex(/^smtps?:\/\//, 'phải bắt đầu bằng smtp:// hoặc smtps://').optional(),
  MAIL_FROM: z.string().min(3).optional(),
  OPEN311_JURISDICTION: z.string().regex(/^[a-z0-9.-]{3,100}$/, 'tên miền, ví dụ vungtau.baria-vungtau.gov.vn').default('vungtau.baria-vungtau.gov.vn'),
  MAP_TILE_URL: z.string().regex(/^(https?:\/\/|\/).*\{z\}.*\{x\}.*\{y\}/, 'URL ô bản đồ có {z}, {x}, {y}').optional(),
  // Load tests file from one address, hundreds of thousands an hour.
  FIELD_REPORTS_PER_HOUR: z.coerce.number().int().min(1).max(10_000_000).default(30),
  LOOKUPS_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(60),
  METRICS_TOKEN: z.string().min(16, 'ít nhất 16 ký tự').max(200).optional(),
});

export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  demo: boolean;
  sessionTtlHours: number;
  cookieSecure: boolean;
  /** Fastify's trustProxy: false, a hop count, or the proxies' addresses. */
  trustProxy: false | number | string;
  /** Where citizens and other systems reach this server; absolute URLs are built from it, never from Host. */
  publicUrl: string;
  /** Admins, coordinators and leaders must use a second factor (TOTP) to sign in with a password. */
  require2fa: boolean;
  /** Single sign-on through an OpenID Connect provider, when configured. */
  oidc: { issuer: string; clientId: string; clientSecret: string; label: string } | null;
  /** Sign-in attempts per minute for one address and username. */
  loginAttemptsPerMinute: number;
  logLevel: string;
  /** Reminders are also e-mailed when set, e.g. smtp://user:pass@mail.example.vn:587. */
  smtpUrl: string | undefined;
  mailFrom: string | undefined;
  /** The Open311 jurisdiction_id this server answers for. */
  open311Jurisdiction: string;
  /** An OpenStreetMap-style tile URL for the citizens' map; none: the map draws the wards only. */
  mapTileUrl: string | undefined;
  /** Field reports one client (address) may file per hour without signing in. */
  fieldReportsPerHour: number;
  /** Look-ups by tracking code or Open311 token one address may make a minute: codes are not to be guessed. */
  lookupsPerMinute: number;
  /** /metrics is served, to this bearer token, only when set. */
  metricsToken: string | undefined;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "not set", as in most shells' `VAR= cmd`.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Cấu hình không hợp lệ (invalid configuration): ${problems.join('; ')}`);
  }
  const e = parsed.data;
  const oidcSet = [e.OIDC_ISSUER, e.OIDC_CLIENT_ID, e.OIDC_CLIENT_SECRET].filter((value) => value !== undefined).length;
  if (oidcSet !== 0 && oidcSet !== 3) {
    throw new ConfigError('Cấu hình không hợp lệ (invalid configuration): OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET: đặt cả ba hoặc không đặt biến nào');
  }
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.HAIDANG_DATA_DIR),
    demo: e.HAIDANG_DEMO,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    cookieSecure: e.COOKIE_SECURE,
    trustProxy: e.TRUST_PROXY === undefined ? false : /^\d+$/.test(e.TRUST_PROXY) ? Number(e.TRUST_PROXY) : e.TRUST_PROXY,
    publicUrl: e.PUBLIC_URL ?? `http://localhost:${e.PORT}`,
    require2fa: e.REQUIRE_2FA,
    oidc: e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET ? { issuer: e.OIDC_ISSUER, clientId: e.OIDC_CLIENT_ID, clientSecret: e.OIDC_CLIENT_SECRET, label: e.OIDC_LABEL } : null,
    loginAttemptsPerMinute: e.LOGIN_ATTEMPTS_PER_MINUTE,
    logLevel: e.LOG_LEVEL,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    open311Jurisdiction: e.OPEN311_JURISDICTION,
    mapTileUrl: e.MAP_TILE_URL,
    fieldReportsPerHour: e.FIELD_REPORTS_PER_HOUR,
    lookupsPerMinute: e.LOOKUPS_PER_MINUTE,
    metricsToken: e.METRICS_TOKEN,
  };
}
