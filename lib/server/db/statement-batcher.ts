import "server-only";
// One statement for a whole burst (decisions 0025 and 0032): a process has at most one statement of a kind in
// flight; what arrives meanwhile waits and goes together in the next one. No timer: when idle an item goes at
// once, with no added wait. Under a burst the statement's fixed cost (the driver's work, the round trip, the
// commit) is shared by the batch instead of paid by every request.

/**
 * `run` gets the items of one batch and returns one result per item, in the same order. A failed statement
 * rejects every item of its batch; the next batch runs as usual.
 */
export function createStatementBatcher<I, O>(run: (batch: I[]) => Promise<O[]>, maxPerStatement = 500): (item: I) => Promise<O> {
  const pending: { item: I; resolve: (result: O) => void; reject: (error: unknown) => void }[] = [];
  let running = false;

  async function drain(): Promise<void> {
    running = true;
    try {
      while (pending.length > 0) {
        const batch = pending.splice(0, maxPerStatement);
        try {
          const results = await run(batch.map((entry) => entry.item));
          batch.forEach((entry, i) => entry.resolve(results[i]!));
        } catch (error) {
          for (const entry of batch) entry.reject(error);
        }
      }
    } finally {
      running = false;
    }
  }

  return (item) =>
    new Promise<O>((resolve, reject) => {
      pending.push({ item, resolve, reject });
      if (!running) void drain();
    });
}
