// What a BHXH counter may do for a citizen's account, as data: the actions, which of them each account
// status allows, the reasons officers choose from, the receipt reference and the volume that makes a
// supervisor look twice. Pure: used by the counter pages, the services and the supervisor's overview.
import { isOneOf } from "./code-lists";
import { detectQrKind, parseBhytQr, parseCccdQr } from "./qr-payloads";
import { parseQueueSearch } from "./queue-search";
import { REFERENCE_ALPHABET } from "./reference-code";

export const COUNTER_ACTIONS = ["changePhone", "resetPassword", "signOutAll", "lock", "unlock", "close"] as const;
export type CounterActionKind = (typeof COUNTER_ACTIONS)[number];

export type AccountStatusValue = "active" | "locked" | "closed";

/**
 * The actions open for an account in this status. A locked account can still get a new phone or password
 * (recovering from misuse) and is unlocked separately; a closed one is reopened only by a new declaration.
 */
export function availableCounterActions(status: AccountStatusValue): CounterActionKind[] {
  switch (status) {
    case "active":
      return ["changePhone", "resetPassword", "signOutAll", "lock", "close"];
    case "locked":
      return ["changePhone", "resetPassword", "unlock", "close"];
    case "closed":
      return [];
  }
}

export function isCounterActionAllowed(status: AccountStatusValue, action: CounterActionKind): boolean {
  return availableCounterActions(status).includes(action);
}

/** Why an officer locks an account; the sign-in page tells the person the reason. */
export const LOCK_REASONS = ["suspectedMisuse", "lostIdentityDocument", "personRequest"] as const;
export type LockReason = (typeof LOCK_REASONS)[number];

/** Why the person asks to cancel electronic transactions. */
export const CLOSE_REASONS = ["noLongerNeeded", "prefersPaper", "noDevice", "privacy", "other"] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

export function isLockReason(value: unknown): value is LockReason {
  return isOneOf(LOCK_REASONS, value);
}

/**
 * Counter searches one officer may make in a day before the supervisor's overview shows it. A busy
 * counter serves about 40 people a day, each found once or twice.
 */
export const COUNTER_SEARCHES_NOTABLE_PER_DAY = 80;

/** Counter searches per officer in a short window (a scanner or a script hammering the box). */
export const COUNTER_SEARCH_LIMIT = { limit: 30, windowSeconds: 300 } as const;

const RECEIPT_PREFIX = "QT";
export const RECEIPT_REFERENCE_PATTERN = new RegExp(`^${RECEIPT_PREFIX}-[${REFERENCE_ALPHABET}]{4}-[${REFERENCE_ALPHABET}]{4}$`);

/** A receipt's reference, "QT-7KQ4-M9XD": the same alphabet as declarations, another prefix. */
export function generateReceiptReference(): string {
  const limit = 256 - (256 % REFERENCE_ALPHABET.length);
  let body = "";
  while (body.length < 8) {
    for (const byte of crypto.getRandomValues(new Uint8Array(16))) {
      if (byte < limit && body.length < 8) body += REFERENCE_ALPHABET.charAt(byte % REFERENCE_ALPHABET.length);
    }
  }
  return `${RECEIPT_PREFIX}-${body.slice(0, 4)}-${body.slice(4)}`;
}

/** A masked e-mail address for the counter screen: "ngoc.huong@example.vn" → "n*********@example.vn". */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at <= 0) return "*".repeat(email.length);
  return email[0] + "*".repeat(Math.max(1, at - 1)) + email.slice(at);
}

export type CounterSearchTerms = { bhxhCode?: string; idNumber?: string; phone?: string; reference?: string };

/**
 * What the counter's one box received, as the identifiers an account can be found by. The queue's
 * reading (lib/domain/queue-search.ts) without names (a name alone is not enough to serve someone),
 * plus what a scanner types from the QR code of a CCCD (the ID number) or a BHYT card (the BHXH code).
 */
export function parseCounterSearch(input: string): CounterSearchTerms {
  const text = input.trim();
  const kind = detectQrKind(text);
  if (kind === "cccd") {
    const cccd = parseCccdQr(text);
    if (cccd.ok) return { idNumber: cccd.value.idNumber };
  } else if (kind === "bhyt") {
    const bhyt = parseBhytQr(text);
    if (bhyt.ok) return { bhxhCode: bhyt.value.bhxhCode };
  }
  const { bhxhCode, idNumber, phone, reference } = parseQueueSearch(text);
  return Object.fromEntries(Object.entries({ bhxhCode, idNumber, phone, reference }).filter(([, v]) => v !== undefined));
}
