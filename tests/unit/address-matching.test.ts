import { describe, expect, it } from "vitest";
import { matchAddress } from "@/lib/domain/address-matching";
import { cccdBirthProvinces } from "@/lib/domain/identifiers";
import { loadAdministrativeUnits } from "@/tests/factories/administrative-units";

const units = loadAdministrativeUnits();

function communeCode(provinceCode: string, fullName: string): string {
  const commune = units.communes.find((c) => c.provinceCode === provinceCode && c.fullName === fullName);
  if (!commune) throw new Error(`No ${fullName} in province ${provinceCode}`);
  return commune.code;
}

const HA_NOI = "01";
const BA_DINH = "00004";

describe("matchAddress", () => {
  it("uses the real data set: 34 provinces, 3,321 communes", () => {
    expect(units.provinces).toHaveLength(34);
    expect(units.communes).toHaveLength(3321);
  });

  it("matches a post-2025 two-level address, keeping what comes before the commune as the street", () => {
    expect(matchAddress("Phường Ba Đình, Thành phố Hà Nội", units)).toEqual({ provinceCode: HA_NOI, communeCode: BA_DINH });
    expect(matchAddress("Số 12 ngõ 34, Phường Ba Đình, Thành phố Hà Nội", units)).toEqual({
      provinceCode: HA_NOI,
      communeCode: BA_DINH,
      street: "Số 12 ngõ 34",
    });
    expect(matchAddress("Tổ 5, Khu phố 3, Phường Sài Gòn, Thành phố Hồ Chí Minh", units)).toEqual({
      provinceCode: "79",
      communeCode: communeCode("79", "Phường Sài Gòn"),
      street: "Tổ 5, Khu phố 3",
    });
  });

  it("matches unaccented, decomposed, abbreviated and differently-cased input", () => {
    const expected = { provinceCode: HA_NOI, communeCode: BA_DINH, street: "So 12 ngo 34" };
    expect(matchAddress("So 12 ngo 34, Phuong Ba Dinh, Thanh pho Ha Noi", units)).toEqual(expected);
    expect(matchAddress("so 12 ngo 34,PHUONG BA DINH,  TP HA NOI ", units)).toEqual({ ...expected, street: "so 12 ngo 34" });
    expect(matchAddress("Phường Ba Đình, Thành phố Hà Nội".normalize("NFD"), units)).toEqual({ provinceCode: HA_NOI, communeCode: BA_DINH });
    expect(matchAddress("P. Ba Đình, TP. Hà Nội", units)).toEqual({ provinceCode: HA_NOI, communeCode: BA_DINH });
    expect(matchAddress("Ba Đình, Hà Nội, Việt Nam", units)).toEqual({ provinceCode: HA_NOI, communeCode: BA_DINH });
    expect(matchAddress("Phường Sài Gòn, TP.HCM", units)).toEqual({ provinceCode: "79", communeCode: communeCode("79", "Phường Sài Gòn") });
    expect(matchAddress("Tỉnh Thanh Hóa", units)).toEqual({ provinceCode: "38" }); // data spells it "Thanh Hoá"
  });

  it("returns the province alone when the commune is not one of its communes", () => {
    expect(matchAddress("Thành phố Hà Nội", units)).toEqual({ provinceCode: HA_NOI });
    expect(matchAddress("Số 5, Phường Không Có, Thành phố Hà Nội", units)).toEqual({ provinceCode: HA_NOI });
    expect(matchAddress("Xóm Bến, Tỉnh Nghệ An", units)).toEqual({ provinceCode: "40" });
  });

  it("never takes a commune from another province, nor of another kind", () => {
    // Xã Minh Tân exists in both Tuyên Quang (08) and Ninh Bình (37).
    expect(matchAddress("Xã Minh Tân, Tỉnh Ninh Bình", units)).toEqual({ provinceCode: "37", communeCode: communeCode("37", "Xã Minh Tân") });
    expect(matchAddress("Xã Minh Tân, Tỉnh Tuyên Quang", units)).toEqual({ provinceCode: "08", communeCode: communeCode("08", "Xã Minh Tân") });
    // Ba Đình is a ward of Hà Nội and a commune of Thanh Hoá.
    expect(matchAddress("Phường Ba Đình, Tỉnh Nghệ An", units)).toEqual({ provinceCode: "40" });
    expect(matchAddress("Phường Ba Đình, Tỉnh Thanh Hóa", units)).toEqual({ provinceCode: "38" });
    expect(matchAddress("Xã Ba Đình, Thành phố Hà Nội", units)).toEqual({ provinceCode: HA_NOI });
    expect(matchAddress("Ba Đình, Tỉnh Thanh Hóa", units)).toEqual({ provinceCode: "38", communeCode: communeCode("38", "Xã Ba Đình") });
  });

  it("lets printed diacritics decide between names that differ only by them, and gives up without them", () => {
    expect(matchAddress("Xã Văn Lăng, Tỉnh Thái Nguyên", units)).toEqual({ provinceCode: "19", communeCode: communeCode("19", "Xã Văn Lăng") });
    expect(matchAddress("Xã Văn Lang, Tỉnh Thái Nguyên", units)).toEqual({ provinceCode: "19", communeCode: communeCode("19", "Xã Văn Lang") });
    expect(matchAddress("Xa Van Lang, Tinh Thai Nguyen", units)).toEqual({ provinceCode: "19" });
    // Thanh An has no diacritics of its own, but only text written with diacritics can say it is not Thạnh An.
    expect(matchAddress("Xã Thanh An, Thành phố Hồ Chí Minh", units)).toEqual({ provinceCode: "79", communeCode: communeCode("79", "Xã Thanh An") });
    expect(matchAddress("Xa Thanh An, TP HCM", units)).toEqual({ provinceCode: "79" });
  });

  it("matches only the province of a pre-2025 address with districts, even when a new commune has the old name", () => {
    // Tuyên Quang has a Xã Minh Tân today, but the old one in Huyện Vị Xuyên, Hà Giang need not be it.
    expect(matchAddress("Thôn Nà Sài, Xã Minh Tân, Huyện Vị Xuyên, Tỉnh Hà Giang", units)).toEqual({
      provinceCode: "08",
      street: "Thôn Nà Sài",
    });
    expect(matchAddress("Xóm 3, Xã Nghi Phong, Huyện Nghi Lộc, Tỉnh Nghệ An", units)).toEqual({ provinceCode: "40", street: "Xóm 3" });
    expect(matchAddress("Số 1, Phường Trúc Bạch, Quận Ba Đình, Thành phố Hà Nội", units)).toEqual({ provinceCode: HA_NOI, street: "Số 1" });
    expect(matchAddress("Thon 2, Xa Ea Kao, Thanh pho Buon Ma Thuot, Tinh Dak Lak", units)).toEqual({ provinceCode: "66", street: "Thon 2" });
    expect(matchAddress("Thị trấn Vĩnh Tuy, Tỉnh Tuyên Quang", units)).toEqual({ provinceCode: "08" });
  });

  it("maps every former province to the one it was merged into", () => {
    const merged: [string, string][] = [
      ["Tỉnh Hà Giang", "08"],
      ["Tỉnh Bình Dương", "79"],
      ["Tỉnh Bà Rịa - Vũng Tàu", "79"],
      ["Tỉnh Thừa Thiên Huế", "46"],
      ["Tỉnh Quảng Nam", "48"],
      ["Tỉnh Đắk Nông", "68"],
      ["Tỉnh Kiên Giang", "91"],
      ["Tỉnh Hòa Bình", "25"],
    ];
    for (const [name, code] of merged) expect(matchAddress(`Xã X, Huyện Y, ${name}`, units), name).toEqual({ provinceCode: code });
    // All 63 pre-reform provinces resolve to some current province.
    expect(cccdBirthProvinces).toHaveLength(63);
    for (const old of cccdBirthProvinces) expect(matchAddress(old.name, units).provinceCode, old.name).toBeDefined();
  });

  it("finds every commune of the data set from its own full name and its province's", () => {
    const provinces = new Map(units.provinces.map((p) => [p.code, p]));
    for (const commune of units.communes) {
      const province = provinces.get(commune.provinceCode ?? "");
      const address = `Số 1, ${commune.fullName}, ${province?.fullName ?? ""}`;
      expect(matchAddress(address, units), address).toEqual({ provinceCode: commune.provinceCode, communeCode: commune.code, street: "Số 1" });
    }
  });

  it("never answers with a wrong commune for unaccented or unprefixed names", () => {
    const provinces = new Map(units.provinces.map((p) => [p.code, p]));
    const strip = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");
    let matched = 0;
    for (const commune of units.communes) {
      const province = provinces.get(commune.provinceCode ?? "");
      for (const address of [strip(`${commune.fullName}, ${province?.fullName ?? ""}`), `${commune.name}, ${province?.name ?? ""}`]) {
        const result = matchAddress(address, units);
        expect(result.provinceCode, address).toBe(commune.provinceCode);
        if (result.communeCode !== undefined) {
          expect(result.communeCode, address).toBe(commune.code);
          matched += 1;
        }
      }
    }
    expect(matched).toBeGreaterThan(2 * units.communes.length - 40);
  });

  it("returns nothing for garbage, an empty string or a commune without a province", () => {
    expect(matchAddress("asdf qwer", units)).toEqual({});
    expect(matchAddress("", units)).toEqual({});
    expect(matchAddress(" , ,, ", units)).toEqual({});
    expect(matchAddress("|||$", units)).toEqual({});
    expect(matchAddress("Phường Ba Đình", units)).toEqual({});
    expect(matchAddress("Phường Ba Đình, Việt Nam", units)).toEqual({});
    expect(matchAddress("Hà Nội, 12 Phố Huế", units)).toEqual({});
    expect(matchAddress("Xã A, constructor", units)).toEqual({});
    expect(matchAddress("__proto__, toString", units)).toEqual({});
    expect(matchAddress(undefined as unknown as string, units)).toEqual({});
  });
});
