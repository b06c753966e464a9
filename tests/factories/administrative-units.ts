// Reads the committed 2025 administrative units (data/administrative-units) into plain rows.
import { readFileSync } from "node:fs";
import path from "node:path";

type RawUnit = { Code: string; Name: string; NameEn: string; FullName: string; FullNameEn: string };
type RawProvince = RawUnit & { Wards: (RawUnit & { ProvinceCode: string })[] };

export type UnitRow = {
  code: string;
  level: "province" | "commune";
  name: string;
  nameEn: string;
  fullName: string;
  fullNameEn: string;
  provinceCode: string | null;
};

export const ADMINISTRATIVE_UNITS_FILE = path.join(process.cwd(), "data", "administrative-units", "vn-administrative-units-2026-07-25.json");

let cache: { provinces: UnitRow[]; communes: UnitRow[] } | undefined;

export function loadAdministrativeUnits(): { provinces: UnitRow[]; communes: UnitRow[] } {
  if (cache) return cache;
  const raw = JSON.parse(readFileSync(ADMINISTRATIVE_UNITS_FILE, "utf8")) as RawProvince[];
  const provinces: UnitRow[] = [];
  const communes: UnitRow[] = [];
  for (const p of raw) {
    provinces.push({ code: p.Code, level: "province", name: p.Name.normalize("NFC"), nameEn: p.NameEn, fullName: p.FullName.normalize("NFC"), fullNameEn: p.FullNameEn, provinceCode: null });
    for (const w of p.Wards) {
      communes.push({ code: w.Code, level: "commune", name: w.Name.normalize("NFC"), nameEn: w.NameEn, fullName: w.FullName.normalize("NFC"), fullNameEn: w.FullNameEn, provinceCode: p.Code });
    }
  }
  cache = { provinces, communes };
  return cache;
}
