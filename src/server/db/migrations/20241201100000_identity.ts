// Identity: a second factor (TOTP with one-time recovery codes), passwords an administrator makes the
// user change, sign-in challenges between the password and the code, identities from a single
// sign-on service mapped to accounts by an administrator, and the state of a sign-on in progress.
import type { Kysely } from 'kysely';
import { dialectOf, withId } from '../dialect.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const dialect = dialectOf(db);
  for (const column of ['totp_secret', 'totp_pending_secret', 'totp_enabled_at']) await db.schema.alterTable('users').addColumn(column, 'text').execute();
  // The last time step a code was accepted at: a code is good once.
  await db.schema.alterTable('users').addColumn('totp_last_step', 'integer').execute();
  await db.schema.alterTable('users').addColumn('must_change_password', 'integer', (col) => col.notNull().defaultTo(0)).execute();
  // What a session may do until its user has done what is asked of them: 'change_password' or 'enrol_totp'.
  await db.schema.alterTable('sessions').addColumn('restriction', 'text').execute();
  // How it was opened ('password' or 'oidc'), and the identity service's token, for signing out there too.
  await db.schema.alterTable('sessions').addColumn('method', 'text').execute();
  await db.schema.alterTable('sessions').addColumn('id_token', 'text').execute();

  await withId(db.schema.createTable('recovery_codes'), dialect)
    .addColumn('user_id', 'integer', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('code_hash', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema.createIndex('recovery_codes_user_idx').on('recovery_codes').column('user_id').execute();

  await db.schema
    .createTable('login_challenges')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('user_id', 'integer', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('expires_at', 'text', (col) => col.notNull())
    .addColumn('failures', 'integer', (col) => col.notNull().defaultTo(0))
    .execute();

  await withId(db.schema.createTable('user_identities'), dialect)
    .addColumn('user_id', 'integer', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('issuer', 'text', (col) => col.notNull())
    // The claim that names the person ('sub', or 'email' for a staff address) and its value.
    .addColumn('claim', 'text', (col) => col.notNull())
    .addColumn('value', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('created_by', 'integer', (col) => col.references('users.id'))
    .addUniqueConstraint('user_identities_uq', ['issuer', 'claim', 'value'])
    .execute();
  await db.schema.createIndex('user_identities_user_idx').on('user_identities').column('user_id').execute();

  await db.schema
    .createTable('oidc_states')
    .addColumn('state', 'text', (col) => col.primaryKey())
    .addColumn('nonce', 'text', (col) => col.notNull())
    .addColumn('code_verifier', 'text', (col) => col.notNull())
    .addColumn('return_to', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('expires_at', 'text', (col) => col.notNull())
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['oidc_states', 'user_identities', 'login_challenges', 'recovery_codes']) await db.schema.dropTable(table).execute();
  for (const column of ['id_token', 'method', 'restriction']) await db.schema.alterTable('sessions').dropColumn(column).execute();
  for (const column of ['must_change_password', 'totp_last_step', 'totp_enabled_at', 'totp_pending_secret', 'totp_secret']) await db.schema.alterTable('users').dropColumn(column).execute();
}
