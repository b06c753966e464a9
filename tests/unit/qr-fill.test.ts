import { describe, expect, it } from "vitest";
import {
  QR_FILL_FIELDS,
  conflictKey,
  planQrFill,
  readQrCard,
  withoutDeclined,
  type QrFill,
  type QrFillField,
  type QrFillValues,
} from "@/lib/domain/qr-fill";
import type { BhytQrData } from "@/lib/domain/qr-payloads";
import { loadAdministrativeUnits } from "@/tests/factories/administrative-units";
import { createRng } from "@/tests/factories/random";
import { CCCD_QR_DATA as CCCD, CCCD_QR_TEXT, hex } from "@/tests/fixtures/qr-samples";

const units = loadAdministrativeUnits();

const EMPTY: QrFillValues = {
  fullName: "",
  dateOfBirth: "",
  sex: "",
  bhxhCode: "",
  idType: "",
  idNumber: "",
  idIssueDate: "",
  address: { provinceCode: "", communeCode: "", street: "" },
};

const CCCD_TEXT = `${CCCD_QR_TEXT}|extra`;
const BHYT_TEXT = `DN4010123456789|${hex("Nguyễn Thị Ngọc Hường")}|15/08/1990|2|-|01 - 001|01/01/2026|31/12/2026|$`;
const BHYT: BhytQrData = { cardNumber: "DN4010123456789", bhxhCode: "0123456789", fullName: "Nguyễn Thị Ngọc Hường", dateOfBirth: "1990-08-15", birthYear: 1990, sex: "female" };

function withValues(overrides: Partial<Omit<QrFillValues, "address">> & { address?: Partial<QrFillValues["address"]> } = {}): QrFillValues {
  return { ...EMPTY, ...overrides, address: { ...EMPTY.address, ...overrides.address } };
}

function apply(values: QrFillValues, fills: readonly { field: QrFillField; value: string }[]): QrFillValues {
  const next = withValues(values);
  for (const { field, value } of fills) {
    if (field.startsWith("address.")) next.address[field.slice(8) as keyof QrFillValues["address"]] = value;
    else next[field as Exclude<QrFillField, `address.${string}`>] = value;
  }
  return next;
}

const asMap = (fills: readonly QrFill[]) => Object.fromEntries(fills.map((f) => [f.field, f.value]));

describe("planQrFill from a CCCD", () => {
  it("fills every empty field it knows, the address matched to the 2025 units", () => {
    const plan = planQrFill(EMPTY, { cccd: CCCD }, units);
    expect(plan.conflicts).toEqual([]);
    expect(plan.notes).toEqual([]);
    expect(plan.nameChoice).toBeUndefined();
    expect(plan.fills.map((f) => f.field)).toEqual(QR_FILL_FIELDS.filter((f) => f !== "bhxhCode"));
    expect(asMap(plan.fills)).toEqual({
      fullName: "Nguyễn Thị Ngọc Hường",
      dateOfBirth: "1990-08-15",
      sex: "female",
      idType: "cccd",
      idNumber: "001190012345",
      idIssueDate: "2021-04-20",
      "address.provinceCode": "01",
      "address.communeCode": "00004",
      "address.street": "Số 12 ngõ 34",
    });
    expect(plan.fills.every((f) => f.source === "cccd")).toBe(true);
  });

  it("never overwrites a typed value: a different one becomes a conflict, the same one (any case or spacing) is left alone", () => {
    const typed = withValues({ fullName: "Nguyễn Thị Hường", dateOfBirth: "1990-08-15", idNumber: "001 190 012 345", address: { street: "số 12  NGÕ 34" } });
    const plan = planQrFill(typed, { cccd: CCCD }, units);
    expect(plan.conflicts).toEqual([{ field: "fullName", current: "Nguyễn Thị Hường", proposed: "Nguyễn Thị Ngọc Hường", source: "cccd", group: "fullName" }]);
    const fields = plan.fills.map((f) => f.field);
    expect(fields).not.toContain("fullName");
    expect(fields).not.toContain("dateOfBirth");
    expect(fields).not.toContain("idNumber");
    expect(fields).not.toContain("address.street");
    expect(fields).toEqual(["sex", "idType", "idIssueDate", "address.provinceCode", "address.communeCode"]);
  });

  it("treats a partly typed date as typed", () => {
    const plan = planQrFill(withValues({ dateOfBirth: "-08-" }), { cccd: CCCD }, units);
    expect(plan.conflicts).toMatchObject([{ field: "dateOfBirth", current: "-08-", proposed: "1990-08-15" }]);
    expect(planQrFill(withValues({ dateOfBirth: "--" }), { cccd: CCCD }, units).fills.map((f) => f.field)).toContain("dateOfBirth");
  });

  it("asks about the whole ID (type, number, issue date) together when another document type was chosen", () => {
    const plan = planQrFill(withValues({ idType: "cmnd", idNumber: "123456789" }), { cccd: CCCD }, units);
    expect(plan.conflicts).toEqual([
      { field: "idType", current: "cmnd", proposed: "cccd", source: "cccd", group: "idType" },
      { field: "idNumber", current: "123456789", proposed: "001190012345", source: "cccd", group: "idType" },
      // Empty, yet asked about, not filled: a CCCD issue date on a CMND declaration would be wrong.
      { field: "idIssueDate", current: "", proposed: "2021-04-20", source: "cccd", group: "idType" },
    ]);
    expect(plan.fills.map((f) => f.field)).not.toContain("idIssueDate");
  });

  it("decides the ID fields one by one when the CCCD type is already chosen", () => {
    const plan = planQrFill(withValues({ idType: "cccd", idNumber: "001190099999" }), { cccd: CCCD }, units);
    expect(plan.conflicts).toEqual([{ field: "idNumber", current: "001190099999", proposed: "001190012345", source: "cccd", group: "idNumber" }]);
    expect(plan.fills.map((f) => f.field)).toContain("idIssueDate");
  });

  it("asks about the whole address when another province was chosen, clearing what the card does not say", () => {
    const typed = withValues({ address: { provinceCode: "79", communeCode: "25747", street: "" } });
    const plan = planQrFill(typed, { cccd: CCCD }, units);
    expect(plan.conflicts).toEqual([
      { field: "address.provinceCode", current: "79", proposed: "01", source: "cccd", group: "address.provinceCode" },
      { field: "address.communeCode", current: "25747", proposed: "00004", source: "cccd", group: "address.provinceCode" },
      { field: "address.street", current: "", proposed: "Số 12 ngõ 34", source: "cccd", group: "address.provinceCode" },
    ]);
    expect(plan.fills.some((f) => f.field.startsWith("address."))).toBe(false);

    const former = { ...CCCD, addressText: "Số 5, Phường 3, Quận 10, Thành phố Hồ Chí Minh" };
    const cleared = planQrFill(withValues({ address: { provinceCode: "01", communeCode: "00004", street: "Số 1" } }), { cccd: former }, units);
    expect(cleared.conflicts.map((c) => [c.field, c.proposed])).toEqual([
      ["address.provinceCode", "79"],
      ["address.communeCode", ""],
      ["address.street", "Số 5"],
    ]);
  });

  it("fills the commune and street under a province already chosen, and keeps a commune the card cannot name", () => {
    const plan = planQrFill(withValues({ address: { provinceCode: "01" } }), { cccd: CCCD }, units);
    expect(asMap(plan.fills)).toMatchObject({ "address.communeCode": "00004", "address.street": "Số 12 ngõ 34" });
    expect(plan.fills.map((f) => f.field)).not.toContain("address.provinceCode");

    const former = { ...CCCD, addressText: "Số 1, Phường Trúc Bạch, Quận Ba Đình, Thành phố Hà Nội" };
    const kept = planQrFill(withValues({ address: { provinceCode: "01", communeCode: "00004" } }), { cccd: former }, units);
    expect(kept.conflicts).toEqual([]);
    expect(kept.fills.filter((f) => f.field.startsWith("address."))).toEqual([{ field: "address.street", value: "Số 1", source: "cccd" }]);
  });

  it("says when the address has only a province, or nothing it can place", () => {
    const former = planQrFill(EMPTY, { cccd: { ...CCCD, addressText: "Số 5, Phường 3, Quận 10, Thành phố Hồ Chí Minh" } }, units);
    expect(former.notes).toEqual(["addressNeedsCommune"]);
    expect(asMap(former.fills)).toMatchObject({ "address.provinceCode": "79", "address.street": "Số 5" });
    expect(asMap(former.fills)["address.communeCode"]).toBeUndefined();

    const unknown = planQrFill(EMPTY, { cccd: { ...CCCD, addressText: "Xóm Núi, Làng Nào Đó" } }, units);
    expect(unknown.notes).toEqual(["addressNotMatched"]);
    expect(unknown.fills.some((f) => f.field.startsWith("address."))).toBe(false);
    expect(unknown.fills.map((f) => f.field)).toContain("idNumber");
  });

  it("has nothing more to do once its fills are applied", () => {
    const plan = planQrFill(EMPTY, { cccd: CCCD }, units);
    const again = planQrFill(apply(EMPTY, plan.fills), { cccd: CCCD }, units);
    expect(again).toEqual({ fills: [], conflicts: [], notes: [] });
  });
});

describe("planQrFill from a BHYT card", () => {
  it("fills the BHXH code, and the name, date of birth and sex when there is no CCCD", () => {
    const plan = planQrFill(EMPTY, { bhyt: BHYT }, units);
    expect(plan.fills).toEqual([
      { field: "fullName", value: "Nguyễn Thị Ngọc Hường", source: "bhyt" },
      { field: "dateOfBirth", value: "1990-08-15", source: "bhyt" },
      { field: "sex", value: "female", source: "bhyt" },
      { field: "bhxhCode", value: "0123456789", source: "bhyt" },
    ]);
  });

  it("leaves the date of birth alone when the card prints only the year", () => {
    const { dateOfBirth: _omitted, ...yearOnly } = BHYT;
    expect(planQrFill(EMPTY, { bhyt: yearOnly }, units).fills.map((f) => f.field)).toEqual(["fullName", "sex", "bhxhCode"]);
  });

  it("takes only the BHXH code from it next to a CCCD, whose name wins when both agree beyond diacritics", () => {
    const plan = planQrFill(EMPTY, { cccd: CCCD, bhyt: { ...BHYT, fullName: "NGUYEN THI NGOC HUONG", dateOfBirth: "1990-01-01", sex: "male" } }, units);
    expect(plan.nameChoice).toBeUndefined();
    expect(plan.fills.find((f) => f.field === "fullName")).toEqual({ field: "fullName", value: "Nguyễn Thị Ngọc Hường", source: "cccd" });
    expect(plan.fills.filter((f) => f.source === "bhyt")).toEqual([{ field: "bhxhCode", value: "0123456789", source: "bhyt" }]);
    expect(asMap(plan.fills)).toMatchObject({ dateOfBirth: "1990-08-15", sex: "female" });
  });

  it("proposes a different typed BHXH code as a conflict, the same one with spaces as nothing", () => {
    expect(planQrFill(withValues({ bhxhCode: "0123 456 789" }), { bhyt: BHYT }, units).fills.map((f) => f.field)).not.toContain("bhxhCode");
    expect(planQrFill(withValues({ bhxhCode: "0123456780" }), { bhyt: BHYT }, units).conflicts).toEqual([
      { field: "bhxhCode", current: "0123456780", proposed: "0123456789", source: "bhyt", group: "bhxhCode" },
    ]);
  });
});

describe("planQrFill when the names on the two cards disagree", () => {
  const bhyt = { ...BHYT, fullName: "Nguyễn Thị Hường" };

  it("offers both names and fills no name", () => {
    const plan = planQrFill(EMPTY, { cccd: CCCD, bhyt }, units);
    expect(plan.nameChoice).toEqual({ cccd: "Nguyễn Thị Ngọc Hường", bhyt: "Nguyễn Thị Hường" });
    expect(plan.fills.map((f) => f.field)).not.toContain("fullName");
    expect(plan.conflicts.map((c) => c.field)).not.toContain("fullName");
    // The rest still fills.
    expect(asMap(plan.fills)).toMatchObject({ idNumber: "001190012345", bhxhCode: "0123456789" });
  });

  it("says which card's name the field already holds, or keeps a third typed name as an option", () => {
    expect(planQrFill(withValues({ fullName: "nguyễn thị ngọc hường" }), { cccd: CCCD, bhyt }, units).nameChoice).toEqual({
      cccd: "Nguyễn Thị Ngọc Hường",
      bhyt: "Nguyễn Thị Hường",
      chosen: "cccd",
    });
    expect(planQrFill(withValues({ fullName: "Nguyễn Thị Hường" }), { cccd: CCCD, bhyt }, units).nameChoice?.chosen).toBe("bhyt");
    expect(planQrFill(withValues({ fullName: " Trần  Văn Hùng " }), { cccd: CCCD, bhyt }, units).nameChoice).toEqual({
      cccd: "Nguyễn Thị Ngọc Hường",
      bhyt: "Nguyễn Thị Hường",
      typed: "Trần Văn Hùng",
    });
  });
});

describe("withoutDeclined", () => {
  it("does not ask again about what the person declined, and drops a group only when all of it was declined", () => {
    const plan = planQrFill(withValues({ fullName: "Nguyễn Thị Hường", idType: "cmnd", idNumber: "123456789" }), { cccd: CCCD }, units);
    const byField = (field: QrFillField) => plan.conflicts.find((c) => c.field === field)!;
    const declinedName = new Set([conflictKey(byField("fullName"))]);
    expect(withoutDeclined(plan, declinedName).conflicts.map((c) => c.field)).toEqual(["idType", "idNumber", "idIssueDate"]);

    const partOfGroup = new Set([conflictKey(byField("idType"))]);
    expect(withoutDeclined(plan, partOfGroup).conflicts).toHaveLength(4);

    const wholeGroup = new Set(plan.conflicts.filter((c) => c.group === "idType").map(conflictKey));
    expect(withoutDeclined(plan, wholeGroup).conflicts.map((c) => c.field)).toEqual(["fullName"]);
    // A different proposal for the same field is asked about again.
    const other = planQrFill(withValues({ fullName: "Nguyễn Thị Hường" }), { cccd: { ...CCCD, fullName: "Nguyễn Ngọc Hường" } }, units);
    expect(withoutDeclined(other, declinedName).conflicts.map((c) => c.field)).toEqual(["fullName"]);
  });
});

describe("readQrCard", () => {
  it("reads either card whichever the person meant to scan", () => {
    expect(readQrCard(CCCD_TEXT, "cccd")).toEqual({ ok: true, card: { kind: "cccd", data: CCCD } });
    expect(readQrCard(CCCD_TEXT, "bhyt")).toMatchObject({ ok: true, card: { kind: "cccd" } });
    expect(readQrCard(BHYT_TEXT, "cccd")).toEqual({ ok: true, card: { kind: "bhyt", data: BHYT } });
  });

  it("gives one error and no data for a malformed or foreign code, so nothing is filled", () => {
    expect(readQrCard(CCCD_TEXT.replace("15081990", "31021990"), "cccd")).toEqual({ ok: false, error: "qr.cccdInvalid" });
    expect(readQrCard("https://example.com/", "cccd")).toEqual({ ok: false, error: "qr.notCccd" });
    expect(readQrCard("https://example.com/", "bhyt")).toEqual({ ok: false, error: "qr.notBhyt" });
    expect(readQrCard(BHYT_TEXT.replace(hex("Nguyễn Thị Ngọc Hường"), "c3"), "bhyt")).toEqual({ ok: false, error: "qr.bhytNameUnreadable" });
    expect(readQrCard("", "cccd")).toEqual({ ok: false, error: "qr.notCccd" });
  });

  // 10,000 runs: about 2 s alone, 9 s on the shared 2-core machine under load; the 5 s default is not a budget for it.
  it("never throws nor plans a partial fill on 10,000 mutated payloads", { timeout: 60_000 }, () => {
    const rng = createRng(7071);
    const alphabet = ["|", "$", "0", "9", "/", " ", "ữ", "\u0303", "\n", "a", "Z", "ff", "-", ","];
    const mutate = (text: string): string => {
      const chars = [...text];
      const edits = rng.int(1, 6);
      for (let i = 0; i < edits; i += 1) {
        const at = rng.int(0, chars.length);
        const op = rng.int(0, 3);
        if (op === 0) chars.splice(at, 1);
        else if (op === 1) chars.splice(at, 0, rng.pick(alphabet));
        else if (op === 2) chars[at] = rng.pick(alphabet);
        else chars.splice(at, rng.int(1, 20));
      }
      return chars.join("");
    };
    const cccdFields: QrFillField[] = ["fullName", "dateOfBirth", "sex", "idType", "idNumber", "idIssueDate"];
    let read = 0;
    for (let i = 0; i < 10_000; i += 1) {
      const text = mutate(rng.next() < 0.5 ? CCCD_TEXT : BHYT_TEXT);
      const result = readQrCard(text, rng.next() < 0.5 ? "cccd" : "bhyt");
      if (!result.ok) {
        expect(result.error).toMatch(/^qr\./);
        continue;
      }
      read += 1;
      const cards = result.card.kind === "cccd" ? { cccd: result.card.data } : { bhyt: result.card.data };
      const plan = planQrFill(EMPTY, cards, units);
      expect(plan.conflicts).toEqual([]);
      const fields = plan.fills.map((f) => f.field);
      // All or nothing: a card that reads gives every field it always carries.
      if (result.card.kind === "cccd") expect(fields).toEqual(expect.arrayContaining(cccdFields));
      else expect(fields).toEqual(expect.arrayContaining(["fullName", "sex", "bhxhCode"]));
      expect(new Set(fields).size).toBe(fields.length);
      expect(plan.fills.every((f) => f.value.trim() !== "")).toBe(true);
    }
    expect(read).toBeGreaterThan(100);
  });
});
