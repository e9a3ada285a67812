export interface AdmissionLimits {
  /**
   * An interaction must be acknowledged within this long of its creation (its snowflake time), leaving
   * the rest of Discord's 3 s for the response's trip; one that would start later is deferred first.
   */
  answerWithinMs: number;
  /** Interactions admitted and not yet answered; past this many, newcomers hear "busy" at once. */
  maxWaiting: number;
}

/**
 * Deferred answers leave as edits, which discord.js sends at most 50 a second (its global limit):
 * 1,000 waiting answers is about 20 s for the last one, the longest wait worth offering.
 */
export const ADMISSION_LIMITS: AdmissionLimits = { answerWithinMs: 2_000, maxWaiting: 1_000 };

/** One admitted interaction: when Discord created it, its work, and how to acknowledge it early. */
export interface Admitted<T> {
  createdAt: number;
  work: () => Promise<T>;
  /** Acknowledges now and answers later (a defer; for suggestions, none); dropped once used. */
  acknowledge: () => Promise<unknown>;
}

interface Queued {
  createdAt: number;
  start: () => void;
  acknowledge: (() => Promise<unknown>) | null;
}

/** A new loop turn: the gateway socket, REST replies and timers run before the next piece of work. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A rough cost of one acknowledgement on its way: each HTTP request needs loop turns of its own. */
const ACK_TURN_MS = 0.5;

/** How fast the guess of a turn's length follows the loop. */
const SMOOTHING = 0.2;

/**
 * Admission and backpressure for interactions. The queue starts one interaction per turn of the event
 * loop, so reading a burst off the socket never starves the replies, defers and timers of those
 * already read. On arrival and at every turn, each queued interaction's start is predicted from its
 * age (its snowflake time) and its place in the queue; one that would start too late is deferred at
 * once. Reading and acknowledgements come first: while interactions keep arriving (the gateway is
 * read one message a turn, see gateway-pacing.ts) or defers are on their way, no work starts. Past
 * `maxWaiting`, the caller says "busy".
 */
export class Admission {
  private readonly queue: Queued[] = [];
  private waiting = 0;
  private acknowledgements = 0;
  /** Whether an interaction arrived since the last turn: while a burst is being read, reading comes first. */
  private arriving = false;
  private draining = false;
  /** Milliseconds between one queued interaction's start and the next's, under the current load. */
  private turnMs = 2;

  constructor(private readonly limits: AdmissionLimits = ADMISSION_LIMITS) {}

  /** Whether a newcomer must be turned away. */
  get full(): boolean {
    return this.waiting >= this.limits.maxWaiting;
  }

  /** Counts an acknowledgement on its way; work waits until those have left. */
  acknowledging(sent: Promise<unknown>): void {
    this.acknowledgements++;
    void sent.finally(() => {
      this.acknowledgements--;
    });
  }

  /** Queues an interaction's work (deferring it at once if it cannot start in time); settles as the work does. */
  enqueue<T>({ createdAt, work, acknowledge }: Admitted<T>): Promise<T> {
    this.waiting++;
    return new Promise<T>((resolve, reject) => {
      const start = () => {
        work()
          .then(resolve, reject)
          .finally(() => {
            this.waiting--;
          });
      };
      this.queue.push({ createdAt, start, acknowledge });
      this.arriving = true;
      this.acknowledgeLate(Date.now(), this.queue.length - 1);
      if (!this.draining) void this.drain();
    });
  }

  /** Acknowledges every queued interaction from `from` on that would start past the deadline. */
  private acknowledgeLate(now: number, from = 0): void {
    for (let i = from; i < this.queue.length; i++) {
      const queued = this.queue[i] as Queued;
      if (!queued.acknowledge) continue;
      const startsAt = now + (i + 1) * this.turnMs + this.acknowledgements * ACK_TURN_MS;
      if (startsAt - queued.createdAt <= this.limits.answerWithinMs) continue;
      this.acknowledging(queued.acknowledge());
      queued.acknowledge = null;
    }
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      for (;;) {
        while (this.acknowledgements > 0 || this.arriving) {
          this.arriving = false;
          this.acknowledgeLate(Date.now());
          await nextTurn();
        }
        this.acknowledgeLate(Date.now());
        const next = this.queue.shift();
        if (!next) break;
        const startedAt = performance.now();
        next.start();
        await nextTurn();
        // One slow turn (a cold query, the machine busy elsewhere) moves the guess a little; a slow
        // loop moves it quickly, and each turn's rescan defers whatever the new guess makes late.
        const took = Math.min(performance.now() - startedAt, 4 * this.turnMs);
        this.turnMs += SMOOTHING * (took - this.turnMs);
      }
    } finally {
      this.draining = false;
    }
  }
}
