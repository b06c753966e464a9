import { describe, expect, it } from "vitest";
import {
  detectQrKind,
  parseBhytQr,
  parseCccdQr,
  type BhytQrData,
  type CccdQrData,
} from "@/lib/domain/qr-payloads";
import { translate } from "@/lib/i18n/catalog";
import { CCCD_QR_DATA as CCCD_VALUE, CCCD_QR_TEXT as CCCD, hex, QR_ADDRESS as ADDRESS } from "@/tests/fixtures/qr-samples";

// The name hex written out once by hand, so the test does not only check the encoder against itself.
const NAME_HEX = "4e677579e1bb856e205468e1bb8b204e67e1bb8d632048c6b0e1bb9d6e67";
const BHYT = `DN4010123456789|${NAME_HEX}|15/08/1990|2|${hex(ADDRESS)}|01 - 001|01/01/2026|31/12/2026|01/01/2020|-|4|$`;

describe("parseCccdQr", () => {
  it("reads a chip-card payload", () => {
    expect(parseCccdQr(CCCD)).toEqual({ ok: true, value: CCCD_VALUE });
  });

  it("composes decomposed (NFD) text and accepts Nữ in either form and any case", () => {
    const result = parseCccdQr(CCCD.normalize("NFD"));
    expect(result).toEqual({ ok: true, value: CCCD_VALUE });
    if (result.ok) expect(result.value.fullName).toBe(result.value.fullName.normalize("NFC"));
    const nfdSex = "001190012345||Nguyễn Thị Ngọc Hường|15081990|" + "Nữ".normalize("NFD") + `|${ADDRESS}|20042021`;
    expect(parseCccdQr(nfdSex)).toMatchObject({ ok: true, value: { sex: "female" } });
    expect(parseCccdQr(CCCD.replace("|Nữ|", "|NỮ|"))).toMatchObject({ ok: true, value: { sex: "female" } });
    expect(parseCccdQr(CCCD.replace("|Nữ|", "|nam|"))).toMatchObject({ ok: true, value: { sex: "male" } });
  });

  it("leaves the old CMND out when the field is empty, and accepts a 12-digit one", () => {
    const result = parseCccdQr(CCCD.replace("|123456789|", "||"));
    expect(result.ok && result.value).toEqual({ ...CCCD_VALUE, oldIdNumber: undefined });
    expect(result.ok && "oldIdNumber" in result.value).toBe(false);
    expect(parseCccdQr(CCCD.replace("|123456789|", "|001090000001|"))).toMatchObject({ ok: true, value: { oldIdNumber: "001090000001" } });
  });

  it("ignores fields after the seventh, surrounding whitespace and a trailing line break", () => {
    expect(parseCccdQr(`${CCCD}|extra|||more`)).toEqual({ ok: true, value: CCCD_VALUE });
    expect(parseCccdQr(`  ${CCCD}\r\n`)).toEqual({ ok: true, value: CCCD_VALUE });
    expect(parseCccdQr(CCCD.replace("|Nguyễn Thị Ngọc Hường|", "|  Nguyễn  Thị Ngọc   Hường |"))).toEqual({ ok: true, value: CCCD_VALUE });
  });

  it("accepts 29 February only in a leap year", () => {
    expect(parseCccdQr(CCCD.replace("15081990", "29022000"))).toMatchObject({ ok: true, value: { dateOfBirth: "2000-02-29" } });
    expect(parseCccdQr(CCCD.replace("15081990", "29021900"))).toEqual({ ok: false, error: "qr.cccdInvalid" });
  });

  // One line per field spoiled.
  it.each([
    ["31 February", CCCD.replace("15081990", "31022000")], ["month 13", CCCD.replace("15081990", "15131990")], ["day 00", CCCD.replace("15081990", "00081990")],
    ["a short date", CCCD.replace("15081990", "1581990")], ["a slashed date", CCCD.replace("15081990", "15/08/1990")],
    ["an impossible issue date", CCCD.replace("20042021", "31042021")], ["issued before birth", CCCD.replace("20042021", "20041980")],
    ["an empty name", CCCD.replace("Nguyễn Thị Ngọc Hường", "   ")], ["digits in the name", CCCD.replace("Nguyễn Thị Ngọc Hường", "Nguyễn Văn 2")],
    ["an unknown sex", CCCD.replace("|Nữ|", "|Khác|")], ["a sex without diacritics", CCCD.replace("|Nữ|", "|Nu|")],
    ["an empty address", CCCD.replace(ADDRESS, " ")],
    ["an 8-digit old CMND", CCCD.replace("|123456789|", "|12345678|")],
  ])("rejects a CCCD payload with %s as qr.cccdInvalid", (_label, payload) => {
    expect(parseCccdQr(payload)).toEqual({ ok: false, error: "qr.cccdInvalid" });
  });

  it.each([
    ["an empty string", ""], ["six fields", "001190012345|123456789|Nguyễn Thị Ngọc Hường|15081990|Nữ|Hà Nội"],
    ["an 11-digit number", CCCD.replace("001190012345", "00119001234")], ["letters in the number", CCCD.replace("001190012345", "00119001234A")],
    ["a BHYT payload", BHYT], ["a URL", "https://dichvucong.gov.vn/"],
  ])("rejects %s as qr.notCccd", (_label, payload) => {
    expect(parseCccdQr(payload)).toEqual({ ok: false, error: "qr.notCccd" });
  });

  it("does not throw on a value that is not a string", () => {
    expect(parseCccdQr(undefined as unknown as string)).toEqual({ ok: false, error: "qr.notCccd" });
    expect(parseBhytQr(null as unknown as string)).toEqual({ ok: false, error: "qr.notBhyt" });
    expect(detectQrKind(42 as unknown as string)).toBe("unknown");
  });
});

describe("parseBhytQr", () => {
  const BHYT_VALUE: BhytQrData = {
    cardNumber: "DN4010123456789",
    bhxhCode: "0123456789",
    fullName: "Nguyễn Thị Ngọc Hường",
    dateOfBirth: "1990-08-15",
    birthYear: 1990,
    sex: "female",
    addressText: ADDRESS,
  };

  it("reads a card payload: hex name and address, BHXH code from the last 10 characters", () => {
    expect(parseBhytQr(BHYT)).toEqual({ ok: true, value: BHYT_VALUE });
  });

  it("tolerates a missing $ terminator, trailing whitespace and upper-case hex", () => {
    expect(parseBhytQr(BHYT.slice(0, -1))).toEqual({ ok: true, value: BHYT_VALUE });
    expect(parseBhytQr(`${BHYT} \n`)).toEqual({ ok: true, value: BHYT_VALUE });
    expect(parseBhytQr(BHYT.replace(NAME_HEX, NAME_HEX.toUpperCase()))).toEqual({ ok: true, value: BHYT_VALUE });
  });

  it("reads a 10-digit new card number, a year-only birth date, a man and no address", () => {
    const payload = `0123456789|${hex("Trần Văn Đức")}|1956|1|-|79 - 001|01/01/2026|-|$`;
    expect(parseBhytQr(payload)).toEqual({
      ok: true,
      value: { cardNumber: "0123456789", bhxhCode: "0123456789", fullName: "Trần Văn Đức", birthYear: 1956, sex: "male" },
    });
  });

  it("needs only the first five fields", () => {
    const payload = `HN2010123456789|${hex("Lê Thị Ánh")}|01/01/2001|2|-`;
    expect(parseBhytQr(payload)).toMatchObject({ ok: true, value: { bhxhCode: "0123456789", dateOfBirth: "2001-01-01" } });
  });

  it("composes a name that was encoded decomposed", () => {
    const payload = BHYT.replace(NAME_HEX, hex("Nguyễn Thị Ngọc Hường".normalize("NFD")));
    expect(parseBhytQr(payload)).toEqual({ ok: true, value: BHYT_VALUE });
  });

  it.each([
    ["odd-length hex", NAME_HEX.slice(0, -1)], ["a non-hex digit", `${NAME_HEX.slice(0, -2)}zz`], ["the name in plain text", "Nguyễn Thị Ngọc Hường"],
    ["a truncated UTF-8 sequence", NAME_HEX.slice(0, -6)], ["an invalid UTF-8 byte", `${NAME_HEX}ff`],
    ["an empty name", ""], ["a name of spaces", hex("   ")],
  ])("rejects a name given as %s with qr.bhytNameUnreadable", (_label, nameField) => {
    expect(parseBhytQr(BHYT.replace(NAME_HEX, nameField))).toEqual({ ok: false, error: "qr.bhytNameUnreadable" });
  });

  // One line per field spoiled.
  it.each([
    ["31/02/2000", BHYT.replace("15/08/1990", "31/02/2000")], ["a compact date", BHYT.replace("15/08/1990", "15081990")],
    ["a 3-digit year", BHYT.replace("15/08/1990", "199")], ["year 1850", BHYT.replace("15/08/1990", "1850")],
    ["sex 3", BHYT.replace("|2|", "|3|")], ["sex written out", BHYT.replace("|2|", "|Nữ|")],
    ["an address that is not hex", BHYT.replace(hex(ADDRESS), ADDRESS)],
  ])("rejects a BHYT payload with %s as qr.bhytInvalid", (_label, payload) => {
    expect(parseBhytQr(payload)).toEqual({ ok: false, error: "qr.bhytInvalid" });
  });

  it.each([
    ["an empty string", ""],
    ["four fields", `DN4010123456789|${NAME_HEX}|15/08/1990|2$`],
    ["a 14-character card number", BHYT.replace("DN4010123456789", "DN401012345678")],
    ["a 9-digit card number", BHYT.replace("DN4010123456789", "012345678")],
    ["a CCCD payload", CCCD],
    ["just a terminator", "$"],
  ])("rejects %s as qr.notBhyt", (_label, payload) => {
    expect(parseBhytQr(payload)).toEqual({ ok: false, error: "qr.notBhyt" });
  });
});

describe("detectQrKind", () => {
  it("tells the two cards apart and recognises neither in other codes", () => {
    expect(detectQrKind(CCCD)).toBe("cccd");
    expect(detectQrKind(BHYT)).toBe("bhyt");
    expect(detectQrKind(`0123456789|${hex("Trần Văn Đức")}|1956|1|-`)).toBe("bhyt");
    expect(detectQrKind("00020101021138570010A000000727")).toBe("unknown");
    expect(detectQrKind("")).toBe("unknown");
  });

  it("still says cccd for a malformed CCCD, so the scanner can show the precise error", () => {
    expect(detectQrKind(CCCD.replace("15081990", "31022000"))).toBe("cccd");
  });
});

describe("error keys", () => {
  it("all have a Vietnamese and an English message", () => {
    for (const key of ["qr.notCccd", "qr.cccdInvalid", "qr.notBhyt", "qr.bhytInvalid", "qr.bhytNameUnreadable"] as const) {
      expect(translate("vi", key)).not.toBe(key);
      expect(translate("en", key)).not.toBe(key);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Fuzz: random valid payloads, then mutated. Whatever comes in, the parsers return either a complete,
// valid value or { ok: false, error } with one known key, and never throw.

/** mulberry32: a small seeded PRNG, so every run tries the same inputs and a failure can be replayed. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"];
const MIDDLE = ["Thị", "Văn", "Ngọc", "Hữu", "Đức", "Thị Ngọc", "Xuân", "Quỳnh"];
const GIVEN = ["Hường", "Ánh", "Dũng", "Nguyệt", "Khuê", "Trường", "Yến", "Phượng", "Tuấn", "Hiếu", "Thuỷ", "Ơn", "Ưng"];
const ADDRESSES = [
  "Số 12 ngõ 34, Phường Ba Đình, Thành phố Hà Nội",
  "Thôn Nà Sài, Xã Minh Tân, Huyện Vị Xuyên, Tỉnh Hà Giang",
  "Tổ 5, Khu phố 3, Phường Sài Gòn, Thành phố Hồ Chí Minh",
  "Ấp Mỹ Phước, Xã Mỹ Thọ, Tỉnh Đồng Tháp",
  "Bản Mường Thanh, Xã Điện Biên, Tỉnh Điện Biên",
];
const UNICODE_SAMPLES = ["\u0300", "\u0323", "\u0000", "\u200b", "\ufeff", "\ud800", "\udc00", "😀", "ư", "Ư", "đ", "$", "|", "\n", "\t", " ", "ǅ", "ﬁ", "Ⅻ", "٣", "中"];

type Rng = () => number;
const pick = <T,>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)] as T;
const digits = (rng: Rng, n: number): string => Array.from({ length: n }, () => Math.floor(rng() * 10)).join("");
const pad = (n: number): string => String(n).padStart(2, "0");

function randomDate(rng: Rng, fromYear: number, toYear: number): { y: number; m: number; d: number } {
  const y = fromYear + Math.floor(rng() * (toYear - fromYear + 1));
  const m = 1 + Math.floor(rng() * 12);
  const d = 1 + Math.floor(rng() * new Date(Date.UTC(y, m, 0)).getUTCDate());
  return { y, m, d };
}

function randomName(rng: Rng): string {
  const name = `${pick(rng, SURNAMES)} ${pick(rng, MIDDLE)} ${pick(rng, GIVEN)}`;
  return rng() < 0.3 ? name.normalize("NFD") : name;
}

function randomCccd(rng: Rng): string {
  const birth = randomDate(rng, 1930, 2010);
  const issued = randomDate(rng, Math.max(birth.y + 14, 2016), 2026);
  const fields = [
    digits(rng, 12),
    pick(rng, ["", digits(rng, 9), digits(rng, 12)]),
    randomName(rng),
    `${pad(birth.d)}${pad(birth.m)}${birth.y}`,
    pick(rng, ["Nam", "Nữ", "Nữ".normalize("NFD"), "NAM", "nữ"]),
    pick(rng, ADDRESSES),
    `${pad(issued.d)}${pad(issued.m)}${issued.y}`,
  ];
  const extra = Math.floor(rng() * 3);
  for (let i = 0; i < extra; i += 1) fields.push(pick(rng, ["", digits(rng, 4), "Kinh"]));
  return fields.join("|");
}

function randomBhyt(rng: Rng): string {
  const birth = randomDate(rng, 1930, 2024);
  const card = rng() < 0.5 ? digits(rng, 10) : `${pick(rng, ["DN", "HN", "GD", "TE", "HT", "CB"])}${1 + Math.floor(rng() * 5)}${digits(rng, 12)}`;
  const fields = [
    card,
    hex(randomName(rng)),
    rng() < 0.2 ? String(birth.y) : `${pad(birth.d)}/${pad(birth.m)}/${birth.y}`,
    pick(rng, ["1", "2"]),
    rng() < 0.3 ? "-" : hex(pick(rng, ADDRESSES)),
    `${digits(rng, 2)} - ${digits(rng, 3)}`,
    "01/01/2026",
    pick(rng, ["31/12/2026", "-"]),
  ];
  return `${fields.join("|")}${pick(rng, ["$", "", "$\n", " $ "])}`;
}

function mutate(rng: Rng, payload: string): string {
  const fields = payload.split("|");
  const i = Math.floor(rng() * fields.length);
  const j = Math.floor(rng() * fields.length);
  const at = Math.floor(rng() * (payload.length + 1));
  switch (Math.floor(rng() * 9)) {
    case 0: // drop a field
      return fields.filter((_, k) => k !== i).join("|");
    case 1: // duplicate a field
      return [...fields.slice(0, i + 1), ...fields.slice(i)].join("|");
    case 2: {
      // swap two fields
      const swapped = [...fields];
      [swapped[i], swapped[j]] = [fields[j] ?? "", fields[i] ?? ""];
      return swapped.join("|");
    }
    case 3: // flip a character to another printable ASCII one
      return payload.slice(0, at) + String.fromCharCode(32 + Math.floor(rng() * 95)) + payload.slice(at + 1);
    case 4: // flip a digit (dates, numbers, hex)
      return payload.slice(0, at) + String(Math.floor(rng() * 10)) + payload.slice(at + 1);
    case 5: // truncate
      return payload.slice(0, at);
    case 6: // insert a separator
      return `${payload.slice(0, at)}|${payload.slice(at)}`;
    case 7: // insert odd unicode: combining marks, controls, lone surrogates, emoji
      return payload.slice(0, at) + pick(rng, UNICODE_SAMPLES) + payload.slice(at);
    default: {
      // a random code point anywhere in the BMP or beyond
      const codePoint = Math.floor(rng() * 0x10ffff);
      const char = codePoint >= 0xd800 && codePoint <= 0xdfff ? String.fromCharCode(codePoint) : String.fromCodePoint(codePoint);
      return payload.slice(0, at) + char + payload.slice(at);
    }
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function isRealIsoDate(value: unknown): boolean {
  if (typeof value !== "string") return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value && Number(match[1]) >= 1900;
}
const isCleanText = (value: unknown): boolean =>
  typeof value === "string" && value !== "" && value === value.normalize("NFC") && value === value.trim() && !value.includes("|");

function problemsWithCccd(value: CccdQrData): string[] {
  const problems: string[] = [];
  const keys = Object.keys(value).sort();
  const expected = ["addressText", "dateOfBirth", "fullName", "idNumber", "issueDate", "sex"];
  if (keys.join() !== expected.join() && keys.join() !== [...expected, "oldIdNumber"].sort().join()) problems.push(`keys ${keys.join()}`);
  if (!/^\d{12}$/.test(value.idNumber)) problems.push("idNumber");
  if ("oldIdNumber" in value && !/^(\d{9}|\d{12})$/.test(value.oldIdNumber ?? "")) problems.push("oldIdNumber");
  if (!isCleanText(value.fullName) || /\d/.test(value.fullName)) problems.push("fullName");
  if (!isRealIsoDate(value.dateOfBirth)) problems.push("dateOfBirth");
  if (!isRealIsoDate(value.issueDate) || value.issueDate < value.dateOfBirth) problems.push("issueDate");
  if (value.sex !== "male" && value.sex !== "female") problems.push("sex");
  if (!isCleanText(value.addressText)) problems.push("addressText");
  return problems;
}

function problemsWithBhyt(value: BhytQrData): string[] {
  const problems: string[] = [];
  const allowed = new Set(["cardNumber", "bhxhCode", "fullName", "dateOfBirth", "birthYear", "sex", "addressText"]);
  for (const key of Object.keys(value)) if (!allowed.has(key)) problems.push(`key ${key}`);
  if (!/^([A-Z]{2}\d{13}|\d{10})$/.test(value.cardNumber)) problems.push("cardNumber");
  if (!/^\d{10}$/.test(value.bhxhCode) || !value.cardNumber.endsWith(value.bhxhCode)) problems.push("bhxhCode");
  if (!isCleanText(value.fullName) || /\d/.test(value.fullName)) problems.push("fullName");
  if (!Number.isInteger(value.birthYear) || value.birthYear < 1900) problems.push("birthYear");
  if ("dateOfBirth" in value && (!isRealIsoDate(value.dateOfBirth) || value.dateOfBirth?.slice(0, 4) !== String(value.birthYear))) {
    problems.push("dateOfBirth");
  }
  if (value.sex !== "male" && value.sex !== "female") problems.push("sex");
  if ("addressText" in value && !isCleanText(value.addressText)) problems.push("addressText");
  return problems;
}

describe("fuzz", () => {
  const CCCD_ERRORS = new Set(["qr.notCccd", "qr.cccdInvalid"]);
  const BHYT_ERRORS = new Set(["qr.notBhyt", "qr.bhytInvalid", "qr.bhytNameUnreadable"]);
  const RUNS = 12_000;

  it(`returns a complete value or one error key for ${RUNS} random and mutated payloads`, { timeout: 60_000 }, () => {
    const rng = prng(0x5eed_b4f7);
    const tally = { cccdOk: 0, cccdError: 0, bhytOk: 0, bhytError: 0 };
    // Failures are collected and asserted once at the end: an expect() per run makes the loop slow.
    const failures: string[] = [];
    /** A value without problems, or exactly { ok: false, error } with one of the parser's keys; counted. */
    const checkResult = <T,>(
      parser: "cccd" | "bhyt",
      result: { ok: true; value: T } | { ok: false; error: string },
      problemsWith: (value: T) => string[],
      errors: Set<string>,
      fail: (problem: string) => void,
    ) => {
      const label = parser.toUpperCase();
      if (result.ok) {
        tally[`${parser}Ok`] += 1;
        for (const problem of problemsWith(result.value)) fail(`${label} ${problem} in ${JSON.stringify(result.value)}`);
      } else {
        tally[`${parser}Error`] += 1;
        if (Object.keys(result).sort().join() !== "error,ok" || !errors.has(result.error)) fail(`${label} result ${JSON.stringify(result)}`);
      }
    };
    for (let run = 0; run < RUNS && failures.length < 20; run += 1) {
      const madeAs = rng() < 0.5 ? "cccd" : "bhyt";
      const original = madeAs === "cccd" ? randomCccd(rng) : randomBhyt(rng);
      let payload = original;
      const mutations = run % 10 === 0 ? 0 : 1 + Math.floor(rng() * 3);
      for (let m = 0; m < mutations; m += 1) payload = mutate(rng, payload);
      if (rng() < 0.02) payload = Array.from({ length: Math.floor(rng() * 40) }, () => String.fromCharCode(Math.floor(rng() * 0x10000))).join("");
      const fail = (problem: string) => failures.push(`run ${run}: ${problem} for ${JSON.stringify(payload)}`);

      let cccd: ReturnType<typeof parseCccdQr>;
      let bhyt: ReturnType<typeof parseBhytQr>;
      let kind: string;
      try {
        cccd = parseCccdQr(payload);
        bhyt = parseBhytQr(payload);
        kind = detectQrKind(payload);
      } catch (error) {
        fail(`threw ${String(error)}`);
        continue;
      }

      checkResult("cccd", cccd, problemsWithCccd, CCCD_ERRORS, fail);
      checkResult("bhyt", bhyt, problemsWithBhyt, BHYT_ERRORS, fail);
      // The detector and the parsers agree on what a payload is.
      const isCccd = cccd.ok || cccd.error !== "qr.notCccd";
      const isBhyt = bhyt.ok || bhyt.error !== "qr.notBhyt";
      const expectedKind = isCccd ? "cccd" : isBhyt ? "bhyt" : "unknown";
      if (kind !== expectedKind) fail(`detectQrKind said ${kind}, the parsers ${expectedKind}`);
      // Unmutated payloads always parse, as the kind they were made as.
      if (payload === original && mutations === 0 && (kind !== madeAs || !(madeAs === "cccd" ? cccd.ok : bhyt.ok))) {
        fail(`a valid ${madeAs} payload was not read`);
      }
    }
    expect(failures).toEqual([]);
    // The fuzz is only worth something if it reaches both outcomes of both parsers.
    expect(tally.cccdOk).toBeGreaterThan(500);
    expect(tally.bhytOk).toBeGreaterThan(500);
    expect(tally.cccdError).toBeGreaterThan(2000);
    expect(tally.bhytError).toBeGreaterThan(2000);
  });
});
