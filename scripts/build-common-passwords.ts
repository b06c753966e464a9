// Writes lib/domain/data/common-passwords.json: the 10,000 most common passwords, for the
// "common" check of the password policy (NIST SP 800-63B: refuse passwords from breach corpora).
// Source: @zxcvbn-ts/language-common, whose "passwords-common" list is ranked, most common first.
// Usage: npx tsx scripts/build-common-passwords.ts  (the output is committed; rerun after upgrading the package)
import { writeFileSync } from "node:fs";
import path from "node:path";
import { dictionary } from "@zxcvbn-ts/language-common";

const COUNT = 10_000;
const ranked = dictionary["passwords-common"];
if (!Array.isArray(ranked) || ranked.length < COUNT) {
  throw new Error(`Expected a ranked array of at least ${COUNT} passwords, got ${Array.isArray(ranked) ? ranked.length : typeof ranked}`);
}

// The policy compares case-insensitively: store lower case, keep the rank order, drop repeats.
const passwords = [...new Set(ranked.slice(0, COUNT).map((p) => p.toLowerCase()))];
const target = path.join("lib", "domain", "data", "common-passwords.json");
// One entry per line keeps diffs readable when the source list changes.
writeFileSync(target, `[\n${passwords.map((p) => `  ${JSON.stringify(p)}`).join(",\n")}\n]\n`);
console.log(`Wrote ${passwords.length} passwords to ${target}`);
