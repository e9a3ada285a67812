import { readdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Command } from './command.ts';

export const COMMANDS_DIR = fileURLToPath(new URL('../../commands', import.meta.url));

/** Every command in `commands/`, one per file (its default export), in name order. */
export async function loadCommands(dir = COMMANDS_DIR): Promise<Command[]> {
  const files = (await readdir(dir)).filter((name) => /\.ts$/.test(name) && !name.endsWith('.d.ts')).sort();
  const commands: Command[] = [];
  for (const file of files) {
    const module = (await import(pathToFileURL(`${dir}/${file}`).href)) as { default?: Command };
    if (!module.default?.data?.name) throw new Error(`commands/${file} has no default-exported command`);
    commands.push(module.default);
  }
  return commands;
}

/** The JSON definitions Discord registers. */
export function definitions(commands: readonly Command[]) {
  return commands.map((command) => command.data);
}
