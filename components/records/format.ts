// Display of the records' values: ISO dates and months as people in Vietnam write them.
import { formatDateVi } from "@/lib/domain/dates";

/** "2024-03-05" → "05/03/2024". */
export function displayDate(value: string | Date): string {
  return formatDateVi(typeof value === "string" ? new Date(`${value}T00:00:00Z`) : value);
}

/** "2024-03" → "03/2024". */
export function displayMonth(month: string): string {
  return `${month.slice(5, 7)}/${month.slice(0, 4)}`;
}
