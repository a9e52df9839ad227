import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('configuration', () => {
  it('runs with no configuration at all: SQLite under ./data, port 3000, demo data', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, demo: true, databaseUrl: undefined });
    expect(config.dataDir.endsWith('/data')).toBe(true);
  });

  it('stops on a bad value with one line naming it', () => {
    expect(() => loadConfig({ PORT: 'ba nghìn' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'ba nghìn' })).toThrow(/^Cấu hình không hợp lệ.*PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL: phải bắt đầu bằng postgres:\/\//);
    expect(() => loadConfig({ HAIDANG_DEMO: 'có' })).toThrow(/HAIDANG_DEMO/);
  });

  it('reads PostgreSQL and demo switches', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://localhost/hd', HAIDANG_DEMO: '0', PORT: '8080' })).toMatchObject({
      databaseUrl: 'postgres://localhost/hd',
      demo: false,
      port: 8080,
    });
  });
});
