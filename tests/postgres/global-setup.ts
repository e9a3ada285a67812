import type { TestProject } from 'vitest/node';
import { startTestPostgres } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The admin URL of the test run's PostgreSQL, or null with the reason it could not start. */
    postgres: { url: string | null; reason: string | null };
  }
}

/**
 * One PostgreSQL for the whole run (starting one takes seconds); each test makes its own
 * database in it. VERBATIM_TEST_DATABASE_URL points the tests at an existing server instead.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.VERBATIM_TEST_DATABASE_URL;
  if (external) {
    project.provide('postgres', { url: external, reason: null });
    return async () => undefined;
  }
  try {
    const server = await startTestPostgres();
    project.provide('postgres', { url: server.url, reason: null });
    return () => server.stop();
  } catch (err) {
    const reason = (err as Error).message;
    process.stderr.write(`\nPostgreSQL tests will be skipped: ${reason}\n`);
    project.provide('postgres', { url: null, reason });
    return async () => undefined;
  }
}
