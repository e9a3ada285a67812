import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { GlobalFonts } from '@napi-rs/canvas';

/** Font families the card draws with, registered under our own names so no system font is picked instead. */
export const FONTS = {
  quote: 'Verbatim Serif',
  text: 'Verbatim Sans',
} as const;

/** DejaVu, from its npm package: Latin, Cyrillic and Greek at least, the same on every machine. */
const FILES: readonly [file: string, family: string][] = [
  ['DejaVuSerif.ttf', FONTS.quote],
  ['DejaVuSans.ttf', FONTS.text],
  ['DejaVuSans-Bold.ttf', FONTS.text],
];

let registered = false;

/** Registers the card's fonts once per process; throws when the font package is missing or unreadable. */
export function registerCardFonts(): void {
  if (registered) return;
  const directory = join(
    dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
    'ttf',
  );
  for (const [file, family] of FILES) {
    if (!GlobalFonts.registerFromPath(join(directory, file), family))
      throw new Error(`the quote card font ${file} could not be loaded`);
  }
  registered = true;
}
