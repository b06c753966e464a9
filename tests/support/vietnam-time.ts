// Instants in Vietnam time for tests, written without lib/domain/dates.ts so they check it rather than repeat it.

/** An instant written as a Vietnamese wall-clock time: vn("2026-12-02T23:59:59") is 16:59:59 UTC. */
export const vn = (local: string): Date => new Date(`${local}+07:00`);

/** The end (23:59:59.999 +07:00) of the 10th day after `sentAt`'s date in Vietnam: the deadline a person is told. */
export function endOfTenthDayInVietnam(sentAt: Date): Date {
  const local = new Date(sentAt.getTime() + 7 * 3_600_000);
  local.setUTCDate(local.getUTCDate() + 10);
  return vn(`${local.toISOString().slice(0, 10)}T23:59:59.999`);
}
