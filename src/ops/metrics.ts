import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/** How an interaction ended, as counted by `verbatim_commands_total{outcome}`. */
export type CommandOutcome = 'answered' | 'refused' | 'rate_limited' | 'busy' | 'failed';

/** What the router reports of each interaction; the bot runs without one when metrics are off. */
export interface CommandObserver {
  observe(command: string, outcome: CommandOutcome, seconds: number): void;
}

/** What the gauges read when scraped. */
export interface MetricsSources {
  documents(): number;
  passages(): number;
  guilds(): number;
  /** Store changes not yet applied to this process's index; null when there is no store. */
  changesBehind(): Promise<number | null>;
}

/** The Prometheus registry of one bot process. */
export class Metrics implements CommandObserver {
  readonly registry = new Registry();
  readonly #commands: Counter<'command' | 'outcome'>;
  readonly #latency: Histogram<'command'>;
  #caughtUpAt = Date.now();

  constructor(sources: MetricsSources) {
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry, prefix: 'verbatim_process_' });
    this.#commands = new Counter({
      name: 'verbatim_commands_total',
      help: 'Interactions handled, by command and outcome (answered, refused, rate_limited, failed).',
      labelNames: ['command', 'outcome'],
      registers,
    });
    this.#latency = new Histogram({
      name: 'verbatim_reply_latency_seconds',
      help: 'From receiving an interaction to its handler having answered it.',
      labelNames: ['command'],
      // Discord gives 3 s to acknowledge; the buckets are finest where answers should be.
      buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 3, 5, 10],
      registers,
    });
    new Gauge({
      name: 'verbatim_documents',
      help: 'Documents in this process’s search index (seeds included).',
      registers,
      collect() {
        this.set(sources.documents());
      },
    });
    new Gauge({
      name: 'verbatim_passages',
      help: 'Passages (paragraphs) in this process’s search index.',
      registers,
      collect() {
        this.set(sources.passages());
      },
    });
    new Gauge({
      name: 'verbatim_guilds',
      help: 'Servers this process’s gateway connection serves.',
      registers,
      collect() {
        this.set(sources.guilds());
      },
    });
    const metrics = this;
    new Gauge({
      name: 'verbatim_index_age_seconds',
      help: 'How long the index has been behind the store: 0 while every stored change is applied.',
      registers,
      async collect() {
        const behind = await sources.changesBehind().catch(() => null);
        if (behind === 0 || behind === null) metrics.#caughtUpAt = Date.now();
        this.set((Date.now() - metrics.#caughtUpAt) / 1000);
      },
    });
  }

  observe(command: string, outcome: CommandOutcome, seconds: number): void {
    this.#commands.inc({ command, outcome });
    this.#latency.observe({ command }, seconds);
  }
}
