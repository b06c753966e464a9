// Synthetic but valid Vietnamese people: names, CCCD numbers consistent with birth year, sex and a
// real birth-province code, 10-digit BHXH codes and mobile numbers. Shared by the seed and the tests.
import { cccdBirthProvinceCodes, cccdPrefixFor, searchableText } from "@/lib/domain/identifiers";
import type { Rng } from "./random";

const FAMILY_NAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Trịnh", "Đinh", "Lương", "Mai"];
const MIDDLE_NAMES = {
  male: ["Văn", "Đức", "Minh", "Quang", "Hữu", "Công", "Thành", "Xuân", "Tiến", "Anh"],
  female: ["Thị", "Ngọc", "Thu", "Thanh", "Kim", "Mai", "Thị Ngọc", "Bích", "Hồng", "Thùy"],
} as const;
const GIVEN_NAMES = {
  male: ["Hùng", "Dũng", "Tuấn", "Long", "Nam", "Phong", "Quân", "Khoa", "Hiếu", "Thắng", "Cường", "Sơn", "Đạt", "Huy", "Lộc", "Trường", "Việt", "Bảo"],
  female: ["Hường", "Lan", "Hương", "Trang", "Linh", "Ngọc", "Hà", "Thảo", "Nhung", "Yến", "Phượng", "Vy", "Oanh", "Duyên", "Hằng", "Loan", "Uyên", "Nguyệt"],
} as const;
const MOBILE_PREFIXES = ["32", "33", "34", "35", "36", "37", "38", "39", "56", "58", "70", "76", "77", "78", "79", "81", "82", "83", "84", "85", "86", "88", "89", "90", "91", "93", "94", "96", "97", "98", "99"];

export type Sex = "male" | "female";

export type PersonFixture = {
  bhxhCode: string;
  fullName: string;
  fullNameSearch: string;
  dateOfBirth: string; // YYYY-MM-DD
  sex: Sex;
  idNumber: string;
  idIssueDate: string; // YYYY-MM-DD
  phone: string; // E.164
};

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

export function fakeFullName(rng: Rng, sex: Sex): string {
  return `${rng.pick(FAMILY_NAMES)} ${rng.pick(MIDDLE_NAMES[sex])} ${rng.pick(GIVEN_NAMES[sex])}`;
}

export function fakeMobile(rng: Rng): string {
  return `+84${rng.pick(MOBILE_PREFIXES)}${rng.digits(7)}`;
}

export function fakeCccd(rng: Rng, dateOfBirth: string, sex: Sex, provinceCode = rng.pick(cccdBirthProvinceCodes)): string {
  return `${cccdPrefixFor(provinceCode, dateOfBirth, sex)}${rng.digits(6)}`;
}

/** BHXH codes start with the 2-digit code of the issuing province, then 8 digits. */
export function fakeBhxhCode(rng: Rng): string {
  return `${pad(rng.int(1, 96))}${rng.digits(8)}`;
}

export function buildPerson(rng: Rng, overrides: Partial<PersonFixture> = {}): PersonFixture {
  const sex = overrides.sex ?? (rng.next() < 0.5 ? "male" : "female");
  const year = rng.int(1960, 2007);
  const dateOfBirth = overrides.dateOfBirth ?? `${year}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`;
  const birthYear = Number(dateOfBirth.slice(0, 4));
  const fullName = overrides.fullName ?? fakeFullName(rng, sex);
  const issueYear = Math.min(2025, Math.max(birthYear + 16, 2021));
  return {
    bhxhCode: overrides.bhxhCode ?? fakeBhxhCode(rng),
    fullName,
    fullNameSearch: searchableText(fullName),
    dateOfBirth,
    sex,
    idNumber: overrides.idNumber ?? fakeCccd(rng, dateOfBirth, sex),
    idIssueDate: overrides.idIssueDate ?? `${issueYear}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`,
    phone: overrides.phone ?? fakeMobile(rng),
  };
}
