// Opening hours as one sentence in the page's language: "Thứ Hai đến Thứ Sáu: 07:30–11:30 và 13:30–17:00".
// The times come from the data (STANDARD_OPENING_HOURS by default), the words from the catalog.
type Hours = { weekdays: readonly number[]; sessions: readonly { from: string; to: string }[] };
type Strings = { openingHoursText: string; openingHoursSessionJoin: string; weekdayRange: string } & Record<`weekday${1 | 2 | 3 | 4 | 5 | 6 | 7}`, string>;

export function formatOpeningHours(hours: Hours, t: Strings): string {
  const day = (n: number) => t[`weekday${n}` as `weekday${1 | 2 | 3 | 4 | 5 | 6 | 7}`];
  const sorted = [...hours.weekdays].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted.at(-1);
  const consecutive = first !== undefined && last !== undefined && sorted.length > 2 && last - first === sorted.length - 1;
  const days = consecutive ? t.weekdayRange.replace("{from}", day(first)).replace("{to}", day(last)) : sorted.map(day).join(", ");
  const sessions = hours.sessions.map((s) => `${s.from}–${s.to}`).join(t.openingHoursSessionJoin);
  return t.openingHoursText.replace("{days}", days).replace("{sessions}", sessions);
}
