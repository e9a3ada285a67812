import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A fingerprint of the attribution rules this process runs: the hash of this folder's sources.
 * Analyses made by other rules (an index cached before an upgrade) are made again, so documents
 * added long ago get today's speakers; no one has to remember to bump a number.
 */
export const ATTRIBUTION_VERSION: string = (() => {
  const folder = dirname(fileURLToPath(import.meta.url));
  const hash = createHash('sha256');
  for (const name of readdirSync(folder)
    .filter((n) => /\.(ts|js|mjs)$/.test(n))
    .sort())
    hash.update(name).update(readFileSync(`${folder}/${name}`));
  return hash.digest('hex').slice(0, 16);
})();
