// Decides what the QR codes of a CCCD and a BHYT card may fill in the declaration: empty fields are filled,
// fields the person typed are only ever proposed (conflicts to confirm), and two names that disagree are
// offered side by side. Pure: the wizard applies the plan, this module only computes it.
import { matchAddress, type AdministrativeUnits } from "./address-matching";
import { normalizeDigits, normalizeFullName, normalizeIdNumber, searchableText } from "./identifiers";
import {
  detectQrKind,
  parseBhytQr,
  parseCccdQr,
  type BhytQrData,
  type BhytQrError,
  type CccdQrData,
  type CccdQrError,
} from "./qr-payloads";

/** The form paths a QR code can fill, in the order the form shows them. */
export const QR_FILL_FIELDS = [
  "fullName",
  "dateOfBirth",
  "sex",
  "bhxhCode",
  "idType",
  "idNumber",
  "idIssueDate",
  "address.provinceCode",
  "address.communeCode",
  "address.street",
] as const;
export type QrFillField = (typeof QR_FILL_FIELDS)[number];

export type QrSource = "cccd" | "bhyt";

/** The part of the declaration form a QR code can fill, as the form holds it (raw text; "" when empty). */
export interface QrFillValues {
  fullName: string;
  dateOfBirth: string;
  sex: string;
  bhxhCode: string;
  idType: string;
  idNumber: string;
  idIssueDate: string;
  address: { provinceCode: string; communeCode: string; street: string };
}

/** What has been read so far from each card (either may be missing). */
export interface QrCards {
  cccd?: CccdQrData;
  bhyt?: BhytQrData;
}

export interface QrFill {
  field: QrFillField;
  value: string;
  source: QrSource;
}

/**
 * A value the QR code proposes for a field the person already typed differently. Conflicts with the same
 * `group` must be decided together (the commune belongs to the province; the ID number to its type).
 */
export interface QrConflict {
  field: QrFillField;
  current: string;
  proposed: string;
  source: QrSource;
  group: string;
}

/** The names on the two cards differ (beyond diacritics and case): the person chooses. */
export interface QrNameChoice {
  cccd: string;
  bhyt: string;
  /** What the name field holds when it is neither card's name (the person may keep it). */
  typed?: string;
  /** Which card's name the field already holds, if either. */
  chosen?: QrSource;
}

/** Things the person should know: the CCCD address could not be placed, or only its province could. */
export type QrFillNote = "addressNotMatched" | "addressNeedsCommune";

export interface QrFillPlan {
  fills: QrFill[];
  conflicts: QrConflict[];
  nameChoice?: QrNameChoice;
  notes: QrFillNote[];
}

type Proposal = { field: QrFillField; value: string; source: QrSource };

/**
 * The fills, conflicts and name choice that the cards' data propose for the current form values.
 * Never proposes to overwrite a non-empty field as a fill: a different typed value is always a conflict.
 */
export function planQrFill(values: QrFillValues, cards: QrCards, units: AdministrativeUnits): QrFillPlan {
  const { cccd, bhyt } = cards;
  const plan: QrFillPlan = { fills: [], conflicts: [], notes: [] };
  const proposals: Proposal[] = [];
  const propose = (field: QrFillField, value: string, source: QrSource) => proposals.push({ field, value, source });

  // The name: one card's, or a choice when the cards disagree beyond diacritics and case.
  if (cccd && bhyt && searchableText(cccd.fullName) !== searchableText(bhyt.fullName)) {
    plan.nameChoice = nameChoiceFor(values.fullName, cccd.fullName, bhyt.fullName);
  } else if (cccd) {
    // When both agree, the CCCD's spelling wins: decoding the BHYT name is the known weak spot.
    propose("fullName", cccd.fullName, "cccd");
  } else if (bhyt) {
    propose("fullName", bhyt.fullName, "bhyt");
  }

  if (cccd) {
    propose("dateOfBirth", cccd.dateOfBirth, "cccd");
    propose("sex", cccd.sex, "cccd");
  } else if (bhyt) {
    if (bhyt.dateOfBirth !== undefined) propose("dateOfBirth", bhyt.dateOfBirth, "bhyt");
    propose("sex", bhyt.sex, "bhyt");
  }
  if (bhyt) propose("bhxhCode", bhyt.bhxhCode, "bhyt");

  const groups: { anchor: QrFillField; members: Proposal[] }[] = [];
  if (cccd) {
    groups.push({
      anchor: "idType",
      members: [
        { field: "idType", value: "cccd", source: "cccd" },
        { field: "idNumber", value: cccd.idNumber, source: "cccd" },
        { field: "idIssueDate", value: cccd.issueDate, source: "cccd" },
      ],
    });
    const address = matchAddress(cccd.addressText, units);
    if (address.provinceCode === undefined) {
      plan.notes.push("addressNotMatched");
    } else {
      if (address.communeCode === undefined) plan.notes.push("addressNeedsCommune");
      groups.push({
        anchor: "address.provinceCode",
        members: [
          { field: "address.provinceCode", value: address.provinceCode, source: "cccd" },
          { field: "address.communeCode", value: address.communeCode ?? "", source: "cccd" },
          { field: "address.street", value: address.street ?? "", source: "cccd" },
        ],
      });
    }
  }

  for (const proposal of proposals) decide(plan, values, proposal, proposal.field);
  for (const { anchor, members } of groups) {
    const anchorProposal = members.find((m) => m.field === anchor);
    const anchorConflicts = anchorProposal !== undefined && isConflict(values, anchorProposal);
    if (!anchorConflicts) {
      // The typed anchor agrees (or is empty): each member is decided on its own; "" proposes nothing.
      for (const member of members) if (member.value !== "") decide(plan, values, member, member.field);
      continue;
    }
    // A different document type or province: the whole group changes together or not at all, so even
    // empty fields of the group are asked about rather than filled (a CCCD issue date on a CMND, say).
    for (const member of members) {
      const current = currentValue(values, member.field);
      if (sameValue(member.field, current, member.value)) continue;
      plan.conflicts.push({ field: member.field, current, proposed: member.value, source: member.source, group: anchor });
    }
  }

  const order = (field: QrFillField) => QR_FILL_FIELDS.indexOf(field);
  plan.fills.sort((a, b) => order(a.field) - order(b.field));
  plan.conflicts.sort((a, b) => order(a.field) - order(b.field));
  return plan;
}

/**
 * The plan without the conflicts the person has already declined (same field, same proposed value), so a
 * second scan does not ask again. A group goes only when every one of its conflicts was declined.
 */
export function withoutDeclined(plan: QrFillPlan, declined: ReadonlySet<string>): QrFillPlan {
  const askedAgain = new Set(plan.conflicts.filter((c) => !declined.has(conflictKey(c))).map((c) => c.group));
  return { ...plan, conflicts: plan.conflicts.filter((c) => askedAgain.has(c.group)) };
}

/** The key under which a declined conflict is remembered (see withoutDeclined). */
export function conflictKey(conflict: Pick<QrConflict, "field" | "proposed">): string {
  return `${conflict.field}\u0000${conflict.proposed}`;
}

export type QrCard = { kind: "cccd"; data: CccdQrData } | { kind: "bhyt"; data: BhytQrData };

/**
 * Reads a scanned text as whichever card it is; when it is neither, the error speaks of the card the
 * person meant to scan. A card that is recognised but malformed gives its own error and no data at all.
 */
export function readQrCard(text: string, expected: QrSource): { ok: true; card: QrCard } | { ok: false; error: CccdQrError | BhytQrError } {
  const kind = detectQrKind(text);
  const as: QrSource = kind === "unknown" ? expected : kind;
  if (as === "cccd") {
    const parsed = parseCccdQr(text);
    return parsed.ok ? { ok: true, card: { kind: "cccd", data: parsed.value } } : parsed;
  }
  const parsed = parseBhytQr(text);
  return parsed.ok ? { ok: true, card: { kind: "bhyt", data: parsed.value } } : parsed;
}

function nameChoiceFor(typedName: string, cccdName: string, bhytName: string): QrNameChoice {
  const choice: QrNameChoice = { cccd: cccdName, bhyt: bhytName };
  const typed = normalizeFullName(typedName);
  if (typed === "") return choice;
  if (sameValue("fullName", typed, cccdName)) choice.chosen = "cccd";
  else if (sameValue("fullName", typed, bhytName)) choice.chosen = "bhyt";
  else choice.typed = typed;
  return choice;
}

function decide(plan: QrFillPlan, values: QrFillValues, proposal: Proposal, group: string): void {
  const current = currentValue(values, proposal.field);
  if (sameValue(proposal.field, current, proposal.value)) return;
  if (isEmpty(proposal.field, current)) plan.fills.push({ ...proposal });
  else plan.conflicts.push({ field: proposal.field, current, proposed: proposal.value, source: proposal.source, group });
}

function isConflict(values: QrFillValues, proposal: Proposal): boolean {
  const current = currentValue(values, proposal.field);
  return !isEmpty(proposal.field, current) && !sameValue(proposal.field, current, proposal.value);
}

function currentValue(values: QrFillValues, field: QrFillField): string {
  const value = field.startsWith("address.") ? values.address[field.slice(8) as keyof QrFillValues["address"]] : values[field as Exclude<QrFillField, `address.${string}`>];
  return typeof value === "string" ? value : "";
}

/** A date box holds "Y-M-D" with empty parts while typed; only digits count as typed. */
function isEmpty(field: QrFillField, value: string): boolean {
  return field === "dateOfBirth" || field === "idIssueDate" ? !/\d/.test(value) : value.trim() === "";
}

/** Whether the typed value already says what the card says (so there is nothing to fill or ask). */
function sameValue(field: QrFillField, current: string, proposed: string): boolean {
  switch (field) {
    case "fullName":
    case "address.street":
      return normalizeFullName(current).toLocaleLowerCase("vi") === normalizeFullName(proposed).toLocaleLowerCase("vi");
    case "idNumber":
      return normalizeIdNumber(current) === normalizeIdNumber(proposed);
    case "bhxhCode":
      return normalizeDigits(current) === normalizeDigits(proposed);
    default:
      return current.trim() === proposed;
  }
}
