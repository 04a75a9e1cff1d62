type Log = { warn(details: object, message: string): void };

export type PeriodicJob = { stop(): Promise<void> };

/**
 * Runs `run` now, then again `intervalMs` after each run ends (never two at once); a failure is logged
 * by its kind only — a failed query's message quotes its parameters — and retried at the next turn.
 * `stop` waits for a run in progress.
 */
export function startPeriodicJob(options: {
  intervalMs: number;
  run: () => Promise<unknown>;
  log?: Log;
  failureMessage: string;
}): PeriodicJob {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = options
      .run()
      .catch((error: unknown) =>
        options.log?.warn(
          { error: error instanceof Error ? error.name : typeof error },
          options.failureMessage,
        ),
      )
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, options.intervalMs);
      });
  };
  tick();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

export type HourlyJobOptions = {
  intervalMs?: number;
  log?: Log & { info(details: object, message: string): void };
};

/**
 * A domain's hourly job whose run returns counts: they are logged with `doneMessage` when one of them is
 * not zero (a quiet hour logs nothing).
 */
export function startHourlyJob(
  options: HourlyJobOptions,
  job: { run: () => Promise<Record<string, number>>; doneMessage: string; failureMessage: string },
): PeriodicJob {
  return startPeriodicJob({
    intervalMs: options.intervalMs ?? 3_600_000,
    log: options.log,
    failureMessage: job.failureMessage,
    run: async () => {
      const counts = await job.run();
      if (Object.values(counts).some((count) => count > 0)) options.log?.info(counts, job.doneMessage);
    },
  });
}
