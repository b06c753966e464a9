// One statement per burst: what arrives while a statement runs goes together in the next one.
import { describe, expect, it } from "vitest";
import { createStatementBatcher } from "@/lib/server/db/statement-batcher";

/** A statement whose end the test decides, recording each batch it was given. */
function controlledStatements() {
  const batches: number[][] = [];
  const finish: (() => void)[] = [];
  const run = (batch: number[]) =>
    new Promise<string[]>((resolve, reject) => {
      batches.push(batch);
      finish.push(() => (batch.includes(-1) ? reject(new Error("statement failed")) : resolve(batch.map((n) => `r${n}`))));
    });
  return { batches, finish, run };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("createStatementBatcher", () => {
  it("sends the first item at once, then everything that arrived meanwhile in one statement, each answered with its own result", async () => {
    const { batches, finish, run } = controlledStatements();
    const load = createStatementBatcher(run, 500);
    const first = load(1);
    await tick();
    expect(batches).toEqual([[1]]);
    const rest = [2, 3, 4].map((n) => load(n));
    await tick();
    expect(batches).toEqual([[1]]);
    finish[0]!();
    expect(await first).toBe("r1");
    await tick();
    expect(batches).toEqual([[1], [2, 3, 4]]);
    finish[1]!();
    expect(await Promise.all(rest)).toEqual(["r2", "r3", "r4"]);
  });

  it("puts at most maxPerStatement items in one statement", async () => {
    const { batches, finish, run } = controlledStatements();
    const load = createStatementBatcher(run, 2);
    const all = [1, 2, 3, 4, 5].map((n) => load(n));
    for (let i = 0; i < 3; i++) {
      await tick();
      finish[i]!();
    }
    expect(await Promise.all(all)).toEqual(["r1", "r2", "r3", "r4", "r5"]);
    expect(batches).toEqual([[1], [2, 3], [4, 5]]);
  });

  it("rejects only the items of a failed statement; the next batch runs as usual", async () => {
    const { finish, run } = controlledStatements();
    const load = createStatementBatcher(run, 500);
    const first = load(1);
    // Settled as they end (an unobserved rejection would be reported as unhandled).
    const failing = [load(-1), load(2)].map((p) => p.then(() => "resolved", (error: Error) => error.message));
    await tick();
    finish[0]!();
    await tick();
    finish[1]!();
    const later = load(3);
    await tick();
    finish[2]!();
    expect(await first).toBe("r1");
    expect(await Promise.all(failing)).toEqual(["statement failed", "statement failed"]);
    expect(await later).toBe("r3");
  });
});
