// A realistic, deterministic list of BHXH offices: one per province and several "BHXH cơ sở" below
// it, each covering a contiguous share of the province's communes. There is no public list to load.
import type { UnitRow } from "./administrative-units";
import { createRng } from "./random";

export type OfficeFixture = {
  code: string;
  name: string;
  provinceCode: string;
  parentCode: string | null;
  address: string;
  phone: string;
  communeCodes: string[];
};

const STREETS = ["đường Lê Lợi", "đường Trần Phú", "phố Nguyễn Du", "đường Hùng Vương", "đường Lý Thường Kiệt", "đường Nguyễn Huệ", "đường Hai Bà Trưng", "đường Quang Trung", "đường Lê Duẩn", "đường Điện Biên Phủ"];

/** "Thành phố Hà Nội" → "BHXH TP. Hà Nội"; "Tỉnh Quảng Ninh" → "BHXH tỉnh Quảng Ninh". */
export function provinceOfficeName(province: UnitRow): string {
  return province.fullName.startsWith("Thành phố") ? `BHXH TP. ${province.name}` : `BHXH tỉnh ${province.name}`;
}

export function buildOffices(provinces: UnitRow[], communes: UnitRow[]): OfficeFixture[] {
  const rng = createRng(20250701);
  const offices: OfficeFixture[] = [];
  for (const province of provinces) {
    const own = communes.filter((c) => c.provinceCode === province.code);
    const parentName = provinceOfficeName(province);
    const seat = own[0];
    const parentCode = `${province.code}00`;
    offices.push({
      code: parentCode,
      name: parentName,
      provinceCode: province.code,
      parentCode: null,
      address: `Số ${rng.int(1, 200)} ${rng.pick(STREETS)}, ${seat ? `${seat.fullName}, ` : ""}${province.fullName}`,
      phone: `02${rng.digits(2)} ${rng.digits(4)} ${rng.digits(4)}`,
      communeCodes: [],
    });
    const count = Math.max(3, Math.min(8, Math.round(own.length / 25)));
    const size = Math.ceil(own.length / count);
    for (let i = 0; i < count; i++) {
      const share = own.slice(i * size, (i + 1) * size);
      const first = share[0];
      if (!first) continue;
      offices.push({
        code: `${province.code}${String(i + 1).padStart(2, "0")}`,
        name: `${parentName} – BHXH cơ sở ${first.name}`,
        provinceCode: province.code,
        parentCode,
        address: `Số ${rng.int(1, 300)} ${rng.pick(STREETS)}, ${first.fullName}, ${province.fullName}`,
        phone: `02${rng.digits(2)} ${rng.digits(4)} ${rng.digits(4)}`,
        communeCodes: share.map((c) => c.code),
      });
    }
  }
  return offices;
}
