// Durations and status tags as the back office shows them. Dates: lib/domain/dates.ts.
import { format } from "@/lib/i18n/format";

/** Minutes as "N phút", "H giờ M phút" or "D ngày H giờ", with the templates given. */
export function formatDuration(minutes: number, t: { durationMinutes: string; durationHours: string; durationDays: string }): string {
  const total = Math.round(minutes);
  if (total < 60) return format(t.durationMinutes, { minutes: total });
  if (total < 24 * 60) return format(t.durationHours, { hours: Math.floor(total / 60), minutes: total % 60 });
  return format(t.durationDays, { days: Math.floor(total / 1440), hours: Math.floor((total % 1440) / 60) });
}

/** The tag colour of a declaration status (the text always says the status too). */
export function statusTag(status: string): string {
  return status === "approved" ? "tag--green" : status === "rejected" ? "tag--red" : status === "submitted" ? "" : "tag--grey";
}
