import "server-only";
// Password hashing for citizen and staff accounts: Argon2id with OWASP's minimum parameters
// (19 MiB of memory, 2 passes, 1 lane), stored as a PHC string ($argon2id$v=19$m=19456,t=2,p=1$…).
import { hash, parseOptions, verify, type Algorithm, type Options } from "@node-rs/argon2";
import { asTemporaryPassword } from "@/lib/domain/password-policy";

// @node-rs/argon2 declares Algorithm as an ambient const enum, whose members cannot be read
// under isolatedModules: 2 is Algorithm.Argon2id in its index.d.ts.
const ARGON2ID = 2 as Algorithm;
const VERSION_0x13 = 1; // Version.V0x13, the default and the "v=19" of the PHC string

const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const satisfies Options;

// Vietnamese typed on different keyboards can arrive composed or decomposed: hash one form.
const normalize = (plain: string) => plain.normalize("NFC");

export async function hashPassword(plain: string): Promise<string> {
  return hash(normalize(plain), OPTIONS);
}

/**
 * True when `plain` matches `hash`; false for a wrong password and for anything that is not a valid hash.
 * `temporary`: the account still has a generated password, which is also tried as generated (groups'
 * spaces dropped, upper case: asTemporaryPassword), since people type what the SMS shows.
 */
export async function verifyPassword(hash: string, plain: string, options: { temporary?: boolean } = {}): Promise<boolean> {
  if (await verifyExactly(hash, plain)) return true;
  const generated = options.temporary ? asTemporaryPassword(plain) : null;
  return generated !== null && generated !== plain && (await verifyExactly(hash, generated));
}

async function verifyExactly(hash: string, plain: string): Promise<boolean> {
  try {
    return typeof hash === "string" && hash.startsWith("$argon2") && (await verify(hash, normalize(plain)));
  } catch {
    return false;
  }
}

/** True when a stored hash was made with other parameters (or is unreadable): rehash at the next sign-in. */
export function needsRehash(hash: string): boolean {
  try {
    const used = parseOptions(hash);
    return (
      used.algorithm !== OPTIONS.algorithm ||
      used.version !== VERSION_0x13 ||
      used.memoryCost !== OPTIONS.memoryCost ||
      used.timeCost !== OPTIONS.timeCost ||
      used.parallelism !== OPTIONS.parallelism
    );
  } catch {
    return true;
  }
}
