import { describe, expect, it } from "vitest";
import { startHourlyJob } from "./periodic-job";

function recordingLog() {
  const lines: { level: string; details: object; message: string }[] = [];
  return {
    lines,
    info: (details: object, message: string) => lines.push({ level: "info", details, message }),
    warn: (details: object, message: string) => lines.push({ level: "warn", details, message }),
  };
}

describe("startHourlyJob", () => {
  it("logs the run's counts when one of them is not zero, and nothing after a quiet run", async () => {
    const log = recordingLog();
    const runs = [
      { sent: 0, reminded: 0 },
      { sent: 0, reminded: 2 },
    ];
    for (const counts of runs) {
      const job = startHourlyJob(
        { log },
        { run: async () => counts, doneMessage: "fait", failureMessage: "raté" },
      );
      await job.stop();
    }
    expect(log.lines).toEqual([{ level: "info", details: { sent: 0, reminded: 2 }, message: "fait" }]);
  });

  it("logs a failure by its kind only", async () => {
    const log = recordingLog();
    const job = startHourlyJob(
      { log },
      {
        run: async () => {
          throw new TypeError("secret parameter");
        },
        doneMessage: "fait",
        failureMessage: "raté",
      },
    );
    await job.stop();
    expect(log.lines).toEqual([{ level: "warn", details: { error: "TypeError" }, message: "raté" }]);
  });
});
