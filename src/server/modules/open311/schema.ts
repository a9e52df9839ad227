// The Open311 API keys table (see migrations/20241104000000_field_reports.ts), added to the Database type.
import type { ColumnType, Generated, Selectable } from 'kysely';

export interface ApiKeyTable {
  id: Generated<number>;
  city_id: number;
  name: string;
  /** SHA-256 of the key: a leaked table does not leak keys. */
  key_hash: string;
  key_prefix: string;
  created_by: number | null;
  created_at: ColumnType<string, string, never>;
  revoked_by: number | null;
  revoked_at: string | null;
  last_used_at: string | null;
}

declare module '../../db/schema.js' {
  interface Database {
    open311_api_keys: ApiKeyTable;
  }
}

export type ApiKeyRow = Selectable<ApiKeyTable>;
