// Turns the free-text address printed on a CCCD into a province, a commune and the street part,
// matched against the current (post-2025, two-level) administrative units. It only suggests:
// anything it is not sure of is left out for the person to choose.

export interface ProvinceUnit {
  code: string;
  name: string;
  fullName: string;
}

export interface CommuneUnit {
  code: string;
  name: string;
  fullName: string;
  /** Nullable so that rows of the AdministrativeUnit table can be passed as they are. */
  provinceCode: string | null;
}

export interface AdministrativeUnits {
  provinces: readonly ProvinceUnit[];
  communes: readonly CommuneUnit[];
}

export interface AddressMatch {
  provinceCode?: string;
  communeCode?: string;
  /** The parts before the commune (house number, street, hamlet), as printed. */
  street?: string;
}

type UnitKind = "province" | "city" | "ward" | "commune" | "specialZone" | "town" | "district";

// The type word in front of a unit's name, as printed and without diacritics (for unaccented input).
const UNIT_PREFIXES: readonly (readonly [accented: string, plain: string, kind: UnitKind])[] = [
  ["thành phố", "thanh pho", "city"],
  ["tp", "tp", "city"],
  ["tỉnh", "tinh", "province"],
  ["phường", "phuong", "ward"],
  ["đặc khu", "dac khu", "specialZone"],
  ["thị trấn", "thi tran", "town"],
  ["thị xã", "thi xa", "district"],
  ["xã", "xa", "commune"],
  ["quận", "quan", "district"],
  ["huyện", "huyen", "district"],
];

// Abbreviations written with a dot: "P. Ba Đình", "TP.HCM", "Q.1".
const ABBREVIATIONS: Readonly<Record<string, UnitKind>> = {
  tp: "city",
  p: "ward",
  x: "commune",
  tt: "town",
  tx: "district",
  q: "district",
  h: "district",
};

/** Other names people write for a current province (keys and values without diacritics). */
const PROVINCE_ALIASES: ReadonlyMap<string, string> = new Map([
  ["hcm", "ho chi minh"],
  ["tphcm", "ho chi minh"],
]);

/**
 * The 63 → 34 reform of 1 July 2025 (Nghị quyết 202/2025/QH15) merged whole provinces, never split one,
 * so a card printed with a former province still names exactly one current province.
 * Former name → the current province's name, both without diacritics.
 */
const FORMER_PROVINCES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    "ha giang": "tuyen quang",
    "yen bai": "lao cai",
    "bac kan": "thai nguyen",
    "vinh phuc": "phu tho",
    "hoa binh": "phu tho",
    "bac giang": "bac ninh",
    "thai binh": "hung yen",
    "hai duong": "hai phong",
    "ha nam": "ninh binh",
    "nam dinh": "ninh binh",
    "quang binh": "quang tri",
    "thua thien hue": "hue",
    "quang nam": "da nang",
    "kon tum": "quang ngai",
    "binh dinh": "gia lai",
    "ninh thuan": "khanh hoa",
    "phu yen": "dak lak",
    "dak nong": "lam dong",
    "binh thuan": "lam dong",
    "binh duong": "ho chi minh",
    "ba ria vung tau": "ho chi minh",
    "binh phuoc": "dong nai",
    "long an": "tay ninh",
    "tien giang": "dong thap",
    "ben tre": "vinh long",
    "tra vinh": "vinh long",
    "soc trang": "can tho",
    "hau giang": "can tho",
    "bac lieu": "ca mau",
    "kien giang": "an giang",
  }),
);

const COUNTRY_NAMES = new Set(["viet nam", "vietnam", "vn"]);

interface AddressPart {
  /** As printed (NFC, trimmed). */
  text: string;
  kind?: UnitKind;
  /** The name after the type word (the whole part when there is none), lower-case with and without diacritics. */
  name: NameKeys;
  whole: NameKeys;
  /** Written without any Vietnamese diacritics, so "quan", "xa" may be names as well as type words. */
  unaccented: boolean;
}

interface NameKeys {
  accented: string;
  plain: string;
}

interface IndexedCommune {
  unit: CommuneUnit;
  kind: UnitKind | undefined;
  accented: string;
}

interface UnitsIndex {
  provincesByPlainName: Map<string, ProvinceUnit>;
  communesByProvince: Map<string, Map<string, IndexedCommune[]>>;
}

const indexCache = new WeakMap<AdministrativeUnits, UnitsIndex>();

export function matchAddress(addressText: string, units: AdministrativeUnits): AddressMatch {
  if (typeof addressText !== "string") return {};
  const parts = addressText
    .normalize("NFC")
    .split(/[,;\n]/)
    .map((text) => text.trim().replace(/\s+/gu, " "))
    .filter((text) => text !== "")
    .map(toAddressPart);
  while (parts.length > 0 && COUNTRY_NAMES.has(parts[parts.length - 1]?.whole.plain ?? "")) parts.pop();

  const provincePart = parts.pop();
  if (provincePart === undefined) return {};
  const index = indexOf(units);
  const province = matchProvince(provincePart, index);
  if (province === undefined) return {};
  const result: AddressMatch = { provinceCode: province.unit.code };

  const communes = index.communesByProvince.get(province.unit.code) ?? new Map<string, IndexedCommune[]>();
  const isFormerAddress = province.former || parts.some((part) => isFormerUnitPart(part, communes));
  if (isFormerAddress) {
    // A pre-2025 address (district level, town, former province): its commune no longer exists as printed,
    // and a same-named new commune may cover a different area, so only the street is kept.
    const firstUnit = parts.findIndex((part) => part.kind !== undefined);
    if (firstUnit > 0) result.street = joinParts(parts.slice(0, firstUnit));
    return result;
  }

  for (let i = parts.length - 1; i >= 0; i -= 1) {
    const part = parts[i];
    if (part === undefined) continue;
    const commune = matchCommune(part, communes);
    if (commune !== undefined) {
      result.communeCode = commune.code;
      if (i > 0) result.street = joinParts(parts.slice(0, i));
      return result;
    }
    // A part that names a unit we do not know ends the search: an earlier part is street, not commune.
    if (part.kind !== undefined) break;
  }
  return result;
}

function joinParts(parts: readonly AddressPart[]): string {
  return parts.map((part) => part.text).join(", ");
}

function matchProvince(part: AddressPart, index: UnitsIndex): { unit: ProvinceUnit; former: boolean } | undefined {
  if (part.kind !== undefined && part.kind !== "province" && part.kind !== "city") {
    const unit = index.provincesByPlainName.get(part.whole.plain);
    return unit ? { unit, former: false } : undefined;
  }
  for (const key of [part.name.plain, part.whole.plain]) {
    const current = index.provincesByPlainName.get(key) ?? index.provincesByPlainName.get(PROVINCE_ALIASES.get(key) ?? "");
    if (current) return { unit: current, former: false };
    const merged = FORMER_PROVINCES.get(key);
    const mergedInto = merged === undefined ? undefined : index.provincesByPlainName.get(merged);
    if (mergedInto) return { unit: mergedInto, former: true };
  }
  return undefined;
}

function matchCommune(part: AddressPart, communes: Map<string, IndexedCommune[]>): CommuneUnit | undefined {
  // A name printed without a type word may be any kind of commune; with one, the kind must agree.
  const byWholeName = communes.get(part.whole.plain) ?? [];
  const byName =
    part.kind === undefined ? [] : (communes.get(part.name.plain) ?? []).filter((commune) => commune.kind === part.kind);
  const candidates = [...new Set([...byName, ...byWholeName])];
  if (candidates.length <= 1) return candidates[0]?.unit;
  // Names that differ only by diacritics (Văn Lang / Văn Lăng): the printed diacritics must decide,
  // and text typed without any cannot ("Thanh An" may be Thạnh An).
  if (part.unaccented) return undefined;
  const accented = candidates.filter(
    (commune) => commune.accented === part.name.accented || commune.accented === part.whole.accented,
  );
  return accented.length === 1 ? accented[0]?.unit : undefined;
}

/** A district, a former town or a city below the province: the address predates the 2025 reform. */
function isFormerUnitPart(part: AddressPart, communes: Map<string, IndexedCommune[]>): boolean {
  if (part.kind !== "district" && part.kind !== "town" && part.kind !== "city") return false;
  // Unaccented "Quan Son" is more likely the commune Quan Sơn than a district called "Son".
  return !(part.unaccented && communes.has(part.whole.plain));
}

function toAddressPart(text: string): AddressPart {
  const lower = text.toLocaleLowerCase("vi");
  const whole = nameKeys(lower);
  const unaccented = whole.accented === whole.plain;
  const abbreviation = /^([a-z]{1,2})\.\s*(.+)$/.exec(lower);
  const abbreviated = abbreviation?.[1] === undefined ? undefined : ABBREVIATIONS[abbreviation[1]];
  if (abbreviated !== undefined && abbreviation?.[2] !== undefined) {
    return { text, kind: abbreviated, name: nameKeys(abbreviation[2]), whole, unaccented };
  }
  for (const [accented, plain, kind] of UNIT_PREFIXES) {
    const prefix = unaccented ? plain : accented;
    if (lower.startsWith(`${prefix} `) && lower.length > prefix.length + 1) {
      return { text, kind, name: nameKeys(lower.slice(prefix.length + 1)), whole, unaccented };
    }
  }
  return { text, name: whole, whole, unaccented };
}

function nameKeys(lowerCase: string): NameKeys {
  const accented = lowerCase
    .normalize("NFC")
    .replace(/['’ʼ`]/gu, "")
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, " ")
    .trim();
  const plain = accented
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/gu, "d")
    .normalize("NFC");
  return { accented, plain };
}

function kindOfCommune(unit: CommuneUnit): UnitKind | undefined {
  const lower = unit.fullName.normalize("NFC").toLocaleLowerCase("vi");
  if (lower.startsWith("phường ")) return "ward";
  if (lower.startsWith("xã ")) return "commune";
  if (lower.startsWith("đặc khu ")) return "specialZone";
  return undefined;
}

function indexOf(units: AdministrativeUnits): UnitsIndex {
  const cached = indexCache.get(units);
  if (cached) return cached;
  const provincesByPlainName = new Map<string, ProvinceUnit>();
  for (const province of units.provinces) {
    provincesByPlainName.set(nameKeys(province.name.toLocaleLowerCase("vi")).plain, province);
  }
  const communesByProvince = new Map<string, Map<string, IndexedCommune[]>>();
  for (const unit of units.communes) {
    const keys = nameKeys(unit.name.toLocaleLowerCase("vi"));
    if (unit.provinceCode === null) continue;
    const byName = communesByProvince.get(unit.provinceCode) ?? new Map<string, IndexedCommune[]>();
    communesByProvince.set(unit.provinceCode, byName);
    byName.set(keys.plain, [...(byName.get(keys.plain) ?? []), { unit, kind: kindOfCommune(unit), accented: keys.accented }]);
  }
  const index = { provincesByPlainName, communesByProvince };
  indexCache.set(units, index);
  return index;
}
