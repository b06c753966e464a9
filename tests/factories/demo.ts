// The people and staff a visitor of the demo (and the e2e suite) uses. Listed in the README.
import type { PersonFixture } from "./people";
import { searchableText } from "@/lib/domain/identifiers";

type DemoPerson = Omit<PersonFixture, "fullNameSearch"> & { address: string; communeCode: string; provinceCode: string };

export const DEMO_PARTICIPANTS: DemoPerson[] = [
  { bhxhCode: "0123456789", fullName: "Nguyễn Thị Ngọc Hường", dateOfBirth: "1990-05-12", sex: "female", idNumber: "001190012345", idIssueDate: "2021-04-10", phone: "+84912345678", provinceCode: "01", communeCode: "00004", address: "Số 12 ngõ 34 phố Đội Cấn, Phường Ba Đình, Thành phố Hà Nội" },
  { bhxhCode: "7912345678", fullName: "Trần Văn Hùng", dateOfBirth: "1985-11-03", sex: "male", idNumber: "079085004321", idIssueDate: "2022-01-15", phone: "+84987654321", provinceCode: "79", communeCode: "26740", address: "Số 5 đường Lê Lợi, Phường Sài Gòn, Thành phố Hồ Chí Minh" },
  { bhxhCode: "4812345678", fullName: "Lê Minh Khoa", dateOfBirth: "2001-02-20", sex: "male", idNumber: "048201000777", idIssueDate: "2021-06-30", phone: "+84905111222", provinceCode: "48", communeCode: "20242", address: "Số 20 đường Bạch Đằng, Phường Hải Châu, Thành phố Đà Nẵng" },
  { bhxhCode: "0198765432", fullName: "Phạm Thu Trang", dateOfBirth: "1998-08-08", sex: "female", idNumber: "001198009876", idIssueDate: "2021-09-01", phone: "+84333444555", provinceCode: "01", communeCode: "00004", address: "Số 3 phố Liễu Giai, Phường Ba Đình, Thành phố Hà Nội" },
  { bhxhCode: "3112345678", fullName: "Hoàng Đức Thắng", dateOfBirth: "1979-12-30", sex: "male", idNumber: "031079005555", idIssueDate: "2023-03-03", phone: "+84777888999", provinceCode: "31", communeCode: "11329", address: "Số 9 đường Lạch Tray, Phường Ngô Quyền, Thành phố Hải Phòng" },
  // Reserved for the records e2e journey (tests/e2e/account-records.spec.ts): her card expires within 30 days.
  { bhxhCode: "0134567890", fullName: "Đặng Thu Hà", dateOfBirth: "1992-03-15", sex: "female", idNumber: "001192004567", idIssueDate: "2021-07-20", phone: "+84868123456", provinceCode: "01", communeCode: "00004", address: "Số 27 phố Văn Cao, Phường Ba Đình, Thành phố Hà Nội" },
];

/** Demo people whose BHYT card is seeded to expire within 30 days (the card page's notice). */
export const DEMO_CARD_EXPIRING_SOON = new Set(["0134567890"]);

export const demoParticipantRows = () => DEMO_PARTICIPANTS.map((p) => ({ ...p, fullNameSearch: searchableText(p.fullName) }));

export const DEMO_STAFF_PASSWORD = "demo-bhxh-2026";

export const DEMO_STAFF = [
  { username: "quantri", fullName: "Quản trị hệ thống", role: "admin" as const, officeCode: null },
  { username: "giamsat.hn", fullName: "Đỗ Thị Lan", role: "supervisor" as const, officeCode: "0101" },
  { username: "canbo.hn", fullName: "Vũ Văn Nam", role: "officer" as const, officeCode: "0101" },
  { username: "canbo2.hn", fullName: "Bùi Thị Hà", role: "officer" as const, officeCode: "0101" },
  { username: "canbo.hcm", fullName: "Ngô Quang Huy", role: "officer" as const, officeCode: "7901" },
  { username: "giamsat.hcm", fullName: "Lý Thu Thảo", role: "supervisor" as const, officeCode: "7901" },
];
