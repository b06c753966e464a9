// The BHYT card rules, and the card's QR round trip: the payload drawn by the card page (as an SVG path),
// rasterised and read by zxing-wasm (the reader the declaration form uses), parses back to the same card.
import { readFileSync } from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { prepareZXingModule, readBarcodes } from "zxing-wasm/reader";
import { bhytQrPayload, buildBhytCardNumber, cardValidity, CARD_EXPIRY_WARNING_DAYS, parseBhytCardNumber, type BhytQrInput } from "@/lib/domain/bhyt-card";
import { formatRate, formatVnd } from "@/lib/domain/money";
import { parseBhytQr } from "@/lib/domain/qr-payloads";

vi.mock("server-only", () => ({}));

describe("card number", () => {
  it("is the group, the level, the province and the BHXH code", () => {
    expect(buildBhytCardNumber({ beneficiaryGroup: "DN", benefitLevel: 4, provinceCode: "01", bhxhCode: "0123456789" })).toBe("DN4010123456789");
    expect(parseBhytCardNumber("HS4790123456789")).toEqual({ beneficiaryGroup: "HS", benefitLevel: 4, provinceCode: "79", bhxhCode: "0123456789" });
  });

  it("refuses what is not a card number", () => {
    for (const bad of ["DN6010123456789", "D14010123456789", "DN401012345678", "dn4010123456789"]) expect(parseBhytCardNumber(bad)).toBeNull();
    expect(() => buildBhytCardNumber({ beneficiaryGroup: "DN", benefitLevel: 7, provinceCode: "01", bhxhCode: "0123456789" })).toThrow(RangeError);
  });
});

describe("cardValidity", () => {
  it("is valid until the last printed day, warns from 30 days before", () => {
    expect(cardValidity("2026-01-01", "2026-12-31", "2026-06-01")).toEqual({ state: "valid" });
    expect(cardValidity("2026-01-01", "2026-12-31", "2026-12-01")).toEqual({ state: "expiringSoon", daysLeft: CARD_EXPIRY_WARNING_DAYS });
    expect(cardValidity("2026-01-01", "2026-12-31", "2026-11-30")).toEqual({ state: "valid" });
    expect(cardValidity("2026-01-01", "2026-12-31", "2026-12-31")).toEqual({ state: "expiringSoon", daysLeft: 0 });
    expect(cardValidity("2026-01-01", "2026-12-31", "2027-01-01")).toEqual({ state: "expired" });
    expect(cardValidity("2026-01-01", null, "2040-01-01")).toEqual({ state: "valid" });
    expect(cardValidity("2026-01-01", "2026-12-31", "2025-12-31")).toEqual({ state: "notYetValid" });
  });
});

describe("money", () => {
  it("shows whole VND the Vietnamese way", () => {
    expect(formatVnd(1_234_567n).replace(/\s/g, " ")).toBe("1.234.567 ₫");
    expect(formatVnd(0).replace(/\s/g, " ")).toBe("0 ₫");
    expect(formatVnd(12_345_678_901_234n).replace(/\s/g, " ")).toBe("12.345.678.901.234 ₫");
    expect(formatRate(3200)).toBe("32%");
    expect(formatRate(450)).toBe("4,5%");
  });
});

const CARD: BhytQrInput = {
  cardNumber: "DN4010134567890",
  // The holder.
  fullName: "Đặng Thu Hà", dateOfBirth: "1992-03-15", sex: "female",
  address: "Số 27 phố Văn Cao, Phường Ba Đình, Thành phố Hà Nội",
  // The card.
  facilityCode: "01004", validFrom: "2026-01-01", validTo: "2026-12-31", issuedOn: "2025-12-20", fiveYearsFrom: "2019-04-01",
};

describe("the card's QR payload", () => {
  it("is read by the declaration form's parser as the same card", () => {
    const payload = bhytQrPayload(CARD);
    expect(payload.endsWith("|$")).toBe(true);
    expect(parseBhytQr(payload)).toEqual({
      ok: true,
      value: { cardNumber: CARD.cardNumber, bhxhCode: "0134567890", fullName: CARD.fullName, dateOfBirth: CARD.dateOfBirth, birthYear: 1992, sex: "female", addressText: CARD.address },
    });
  });

  describe("drawn as the card page draws it", () => {
    beforeAll(async () => {
      const wasm = readFileSync(path.join(process.cwd(), "node_modules", "zxing-wasm", "dist", "reader", "zxing_reader.wasm"));
      await prepareZXingModule({ overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer }, fireImmediately: true });
    });

    it("decodes with zxing back to the same number and name", async () => {
      const { qrSvgPath } = await import("@/lib/server/records/qr-svg");
      const { path: d, size } = qrSvgPath(bhytQrPayload(CARD));
      // The page's SVG at 288 CSS px (18rem), the width the card page gives it on a phone.
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="288" height="288" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path d="${d}" fill="#000"/></svg>`;
      const png = await sharp(Buffer.from(svg)).png().toBuffer();
      const results = await readBarcodes(new Uint8Array(png), { formats: ["QRCode"] });
      expect(results).toHaveLength(1);
      const parsed = parseBhytQr(results[0]!.text);
      expect(parsed.ok && parsed.value.cardNumber).toBe(CARD.cardNumber);
      expect(parsed.ok && parsed.value.fullName).toBe(CARD.fullName);
      // At 288 px each module is at least 3 px: big enough for a counter scanner.
      expect(288 / size).toBeGreaterThanOrEqual(3);
    }, 30_000);
  });
});
