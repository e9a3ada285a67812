import type { Interface } from 'node:readline';

/** Lines from the input, one at a time, whatever asks for them (the command prompt or a modal's fields). */
export class Lines {
  private readonly queue: string[] = [];
  private waiting: ((line: string | null) => void) | null = null;
  private ended = false;
  /** How many lines were read so far (the number of the last one). */
  count = 0;

  constructor(rl: Interface) {
    rl.on('line', (line) => {
      if (this.waiting) {
        const resolve = this.waiting;
        this.waiting = null;
        resolve(line);
      } else this.queue.push(line);
    });
    rl.on('close', () => {
      this.ended = true;
      this.waiting?.(null);
      this.waiting = null;
    });
  }

  async next(): Promise<string | null> {
    const queued = this.queue.shift();
    const line =
      queued ??
      (this.ended
        ? null
        : await new Promise<string | null>((resolve) => {
            this.waiting = resolve;
          }));
    if (line !== null) this.count++;
    return line;
  }
}
