// Dates and durations as the back office shows them: Vietnamese calendar and clock (Asia/Ho_Chi_Minh).
import { VIETNAM_TIME_ZONE, formatDateVi, toIsoDate } from "@/lib/domain/deadlines";

const dateTime = new Intl.DateTimeFormat("en-GB", {
  timeZone: VIETNAM_TIME_ZONE,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});

/** "dd/mm/yyyy HH:mm" in Vietnam time. */
export function formatDateTimeVi(date: Date): string {
  const p = Object.fromEntries(dateTime.formatToParts(date).map((x) => [x.type, x.value]));
  return `${p.day}/${p.month}/${p.year} ${p.hour === "24" ? "00" : p.hour}:${p.minute}`;
}

/** An instant's Vietnamese calendar date, "dd/mm/yyyy". */
export const formatInstantDate = formatDateVi;

/** A calendar date (a @db.Date column, read in UTC), "dd/mm/yyyy". */
export function formatCalendarDate(date: Date | string): string {
  const [y, m, d] = toIsoDate(date).split("-");
  return `${d}/${m}/${y}`;
}

/** Minutes as "N phút", "H giờ M phút" or "D ngày H giờ", with the templates given. */
export function formatDuration(minutes: number, t: { durationMinutes: string; durationHours: string; durationDays: string }): string {
  const total = Math.round(minutes);
  const fill = (template: string, params: Record<string, number>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ""));
  if (total < 60) return fill(t.durationMinutes, { minutes: total });
  if (total < 24 * 60) return fill(t.durationHours, { hours: Math.floor(total / 60), minutes: total % 60 });
  return fill(t.durationDays, { days: Math.floor(total / 1440), hours: Math.floor((total % 1440) / 60) });
}

/** The tag colour of a declaration status (the text always says the status too). */
export function statusTag(status: string): string {
  return status === "approved" ? "tag--green" : status === "rejected" ? "tag--red" : status === "submitted" ? "" : "tag--grey";
}
