import "server-only";
// The reference data behind the form's selects: provinces, communes (2025 units) and active BHXH offices.
// It changes only when an administrator edits an office, so it is held in memory: loaded once, shared by
// concurrent callers, dropped by invalidateReferenceDataCache() after an edit and, for the other app
// servers that did not see the edit, after REFERENCE_DATA_TTL_MS at the latest.
import { prisma } from "./db/client";

export type ProvinceOption = { code: string; name: string; nameEn: string; fullName: string; fullNameEn: string };
export type CommuneOption = ProvinceOption & { provinceCode: string };
export type OfficeOption = {
  code: string;
  name: string;
  address: string;
  phone: string | null;
  provinceCode: string;
  /** True when the office receives declarations from the commune asked about. */
  coversCommune: boolean;
};

type OfficeRow = Omit<OfficeOption, "coversCommune"> & { communeCodes: ReadonlySet<string> };

type ReferenceData = {
  provinces: ProvinceOption[];
  provincesByCode: Map<string, ProvinceOption>;
  communesByProvince: Map<string, CommuneOption[]>;
  communesByCode: Map<string, CommuneOption>;
  /** Active offices only. */
  officesByProvince: Map<string, OfficeRow[]>;
  officesByCode: Map<string, OfficeRow>;
};

export const REFERENCE_DATA_TTL_MS = 5 * 60 * 1000;

let cache: { loadedAt: number; data: Promise<ReferenceData> } | undefined;

const byVietnameseName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "vi");

async function load(): Promise<ReferenceData> {
  const [units, offices] = await Promise.all([
    prisma.administrativeUnit.findMany({ select: { code: true, level: true, name: true, nameEn: true, fullName: true, fullNameEn: true, provinceCode: true } }),
    prisma.office.findMany({
      where: { active: true },
      select: { code: true, name: true, address: true, phone: true, provinceCode: true, communes: { select: { communeCode: true } } },
      orderBy: { code: "asc" },
    }),
  ]);
  const provinces: ProvinceOption[] = [];
  const communesByProvince = new Map<string, CommuneOption[]>();
  const communesByCode = new Map<string, CommuneOption>();
  for (const unit of units) {
    const option = { code: unit.code, name: unit.name, nameEn: unit.nameEn, fullName: unit.fullName, fullNameEn: unit.fullNameEn };
    if (unit.level === "province") {
      provinces.push(option);
    } else if (unit.provinceCode) {
      const commune = { ...option, provinceCode: unit.provinceCode };
      communesByCode.set(unit.code, commune);
      const list = communesByProvince.get(unit.provinceCode) ?? [];
      list.push(commune);
      communesByProvince.set(unit.provinceCode, list);
    }
  }
  provinces.sort((a, b) => a.code.localeCompare(b.code));
  for (const list of communesByProvince.values()) list.sort(byVietnameseName);

  const officesByProvince = new Map<string, OfficeRow[]>();
  const officesByCode = new Map<string, OfficeRow>();
  for (const { communes, ...office } of offices) {
    const row: OfficeRow = { ...office, communeCodes: new Set(communes.map((c) => c.communeCode)) };
    officesByCode.set(row.code, row);
    const list = officesByProvince.get(row.provinceCode) ?? [];
    list.push(row);
    officesByProvince.set(row.provinceCode, list);
  }
  return { provinces, provincesByCode: new Map(provinces.map((p) => [p.code, p])), communesByProvince, communesByCode, officesByProvince, officesByCode };
}

function referenceData(): Promise<ReferenceData> {
  if (!cache || Date.now() - cache.loadedAt > REFERENCE_DATA_TTL_MS) {
    const data = load();
    const entry = { loadedAt: Date.now(), data };
    cache = entry;
    // A failed load is not kept: the next caller tries again.
    data.catch(() => {
      if (cache === entry) cache = undefined;
    });
  }
  return cache.data;
}

/** After an administrator changes offices or their communes. */
export function invalidateReferenceDataCache(): void {
  cache = undefined;
}

/** The 34 provinces and cities, by code. */
export async function listProvinces(): Promise<ProvinceOption[]> {
  return (await referenceData()).provinces;
}

/** The communes of a province, by Vietnamese name; [] for an unknown province. */
export async function listCommunes(provinceCode: string): Promise<CommuneOption[]> {
  return (await referenceData()).communesByProvince.get(provinceCode) ?? [];
}

/**
 * The active offices of a province; with a commune, those covering it first (then the others by code,
 * the province office "xx00" leading them), each flagged `coversCommune`.
 */
export async function listOffices(provinceCode: string, communeCode?: string): Promise<OfficeOption[]> {
  const offices = (await referenceData()).officesByProvince.get(provinceCode) ?? [];
  const options = offices.map(({ communeCodes, ...office }) => ({ ...office, coversCommune: communeCode !== undefined && communeCodes.has(communeCode) }));
  return [...options.filter((o) => o.coversCommune), ...options.filter((o) => !o.coversCommune)];
}

export async function findProvince(code: string): Promise<ProvinceOption | undefined> {
  return (await referenceData()).provincesByCode.get(code);
}

export async function findCommune(code: string): Promise<CommuneOption | undefined> {
  return (await referenceData()).communesByCode.get(code);
}

/** An active office (inactive ones are not offered and do not receive declarations). */
export async function findActiveOffice(code: string): Promise<Omit<OfficeOption, "coversCommune"> | undefined> {
  const office = (await referenceData()).officesByCode.get(code);
  if (!office) return undefined;
  const { communeCodes: _c, ...rest } = office;
  return rest;
}
