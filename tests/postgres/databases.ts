import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

/** The run's PostgreSQL admin URL; null (tests skipped, reason printed at start) when it could not start. */
export const postgresUrl: string | null = inject('postgres').url;

/** A new, empty database on the run's server, so tests never see each other's documents. */
export async function freshDatabase(): Promise<string> {
  if (!postgresUrl) throw new Error(`no test PostgreSQL: ${inject('postgres').reason}`);
  const name = `verbatim_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
