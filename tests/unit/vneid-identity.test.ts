// The rule between "activate online" and "go to the counter" for a VNeID identity, and the
// configuration rule that the three VNEID_ variables come together.
import { describe, expect, it } from "vitest";
import { decideRegistration, type VneidIdentity } from "@/lib/domain/vneid-identity";
import type { IdentityFields } from "@/lib/domain/participant-match";
import { environmentProblems } from "@/lib/server/env";

const identity: VneidIdentity = {
  subject: "s",
  idNumber: "001190012345",
  fullName: "Nguyễn Thị Ngọc Hường",
  dateOfBirth: "1990-05-12",
  sex: "female",
  address: null,
  phone: "+84912345678",
  level: 2,
};
const record: IdentityFields = { bhxhCode: "0123456789", fullName: "Nguyễn Thị Ngọc Hường", dateOfBirth: "1990-05-12", sex: "female", idNumber: "001190012345" };

describe("decideRegistration", () => {
  it("activates level 2 with one record agreeing on CCCD, name (accents aside), date of birth and sex", () => {
    expect(decideRegistration(identity, [record])).toMatchObject({ outcome: "activate", record });
    expect(decideRegistration({ ...identity, fullName: "NGUYEN THI NGOC HUONG" }, [record])).toMatchObject({ outcome: "activate" });
  });

  it("sends everything else to the counter, saying why", () => {
    expect(decideRegistration({ ...identity, level: 1 }, [record])).toEqual({ outcome: "declare", reason: "level1" });
    expect(decideRegistration(identity, [])).toEqual({ outcome: "declare", reason: "noRecord" });
    expect(decideRegistration(identity, [record, { ...record, bhxhCode: "0123456780" }])).toEqual({ outcome: "declare", reason: "severalRecords" });
    expect(decideRegistration({ ...identity, dateOfBirth: "1990-05-13" }, [record])).toMatchObject({ outcome: "declare", reason: "partialMatch" });
    expect(decideRegistration({ ...identity, fullName: "Nguyễn Thị Ngọc Hương Lan" }, [record])).toMatchObject({ outcome: "declare", reason: "partialMatch" });
    expect(decideRegistration({ ...identity, sex: "male" }, [record])).toMatchObject({ outcome: "declare", reason: "partialMatch" });
  });
});

describe("VNeID configuration", () => {
  const base = { DATABASE_URL: "postgres://x/y" };
  it("needs the issuer, client id and secret together", () => {
    expect(environmentProblems({ ...base, VNEID_ISSUER: "https://vneid.example/oidc" }).join("\n")).toMatch(/VNEID_CLIENT_ID[\s\S]*VNEID_CLIENT_SECRET/);
    expect(environmentProblems({ ...base, VNEID_ISSUER: "https://vneid.example/oidc", VNEID_CLIENT_ID: "a", VNEID_CLIENT_SECRET: "b" })).toEqual([]);
    expect(environmentProblems(base)).toEqual([]);
  });
});
