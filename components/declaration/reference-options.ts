// Maps the reference data (administrative units, offices) as the API and the server functions return it
// to what the selects show. Plain functions: used by the server page and by the wizard in the browser.
import type { OfficeOption, UnitOption } from "./types";

const str = (v: unknown): string => (typeof v === "string" ? v : "");

/** A province or commune by its name in the visitor's language: the short one ("Hà Nội") or the full one ("Phường Ba Đình"). */
export function toUnitOption(row: Record<string, unknown>, locale: string, form: "short" | "full" = "full"): UnitOption {
  const [vi, en] = form === "full" ? [str(row.fullName), str(row.fullNameEn)] : [str(row.name), str(row.nameEn)];
  return { code: str(row.code), name: (locale === "en" && en) || vi || str(row.name) };
}

/** Provinces for a select: by name, as people look for them. */
export function provinceOptions(rows: Record<string, unknown>[], locale: string): UnitOption[] {
  const collator = new Intl.Collator(locale);
  return rows.map((row) => toUnitOption(row, locale, "short")).sort((a, b) => collator.compare(a.name, b.name));
}

export function toOfficeOption(row: Record<string, unknown>): OfficeOption {
  return {
    code: str(row.code),
    name: str(row.name),
    address: str(row.address),
    phone: str(row.phone) || null,
    coversCommune: row.coversCommune === true,
  };
}

