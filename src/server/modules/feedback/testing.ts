// Test support for field reports: a test app with the ids of units and categories by code, and
// citizens filing from an address of their own (so the per-address limit is not what a test meets).
import type { LightMyRequestResponse } from 'fastify';
import type { DialectName } from '../../db/dialect.js';
import type { Clock } from '../../lib/clock.js';
import { type TestApp, createTestApp } from '../../test/harness.js';

/** Points near the seeded (approximate) ward centres. */
export const places = {
  p7: { lat: 10.3575, lng: 107.0874 },
  thangTam: { lat: 10.342, lng: 107.0898 },
  longSon: { lat: 10.452, lng: 107.099 },
};

export interface FeedbackTestApp extends TestApp {
  unit(code: string): number;
  category(code: string): number;
  /** Files a report as a visitor from its own address. */
  file(body: Record<string, unknown>): Promise<LightMyRequestResponse>;
}

let address = 0;
/** A different client address each call, within 10.0.0.0/8. */
export const nextAddress = () => {
  address += 1;
  return `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`;
};

export async function createFeedbackApp(dialect: DialectName, clock: Clock, env: NodeJS.ProcessEnv = {}, { onDisk = false } = {}): Promise<FeedbackTestApp> {
  const t = await createTestApp(dialect, { clock, env, onDisk });
  const units = new Map((await t.database.db.selectFrom('units').select(['id', 'code']).execute()).map((unit) => [unit.code, unit.id]));
  const categories = new Map((await t.database.db.selectFrom('field_report_categories').select(['id', 'code']).execute()).map((row) => [row.code, row.id]));
  return {
    ...t,
    unit: (code) => units.get(code) ?? -1,
    category: (code) => categories.get(code) ?? -1,
    file: (body) => t.app.inject({ method: 'POST', url: '/api/field-reports', remoteAddress: nextAddress(), payload: body }),
  };
}

/** Every personal value a test sent, to look for in public replies. */
export const personal = { name: 'Nguyễn Thị Bí Mật', phone: '0909 123 456', email: 'bimat@example.vn', deviceId: 'device-7f3a9c', accountId: 'acct-55219' };

/** A multipart body built by the platform's own FormData: text fields, then the files under "photos". */
export async function multipart(fields: Record<string, string>, photos: { name: string; data: Buffer; type?: string }[]) {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  for (const photo of photos) body.append('photos', new Blob([new Uint8Array(photo.data)], { type: photo.type ?? 'image/jpeg' }), photo.name);
  const encoded = new Response(body);
  return { payload: Buffer.from(await encoded.arrayBuffer()), headers: { 'content-type': encoded.headers.get('content-type') ?? '' } };
}
