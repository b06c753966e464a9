// The state of filling the declaration from QR codes, kept by the wizard across its steps: the cards read so
// far (in memory only), what was filled, the conflicts and the name choice still to decide, and the offer made
// when a photo of the CCCD front carries its QR. Applies the plan of lib/domain/qr-fill to the form.
// Nothing is sent anywhere: the only requests are for public reference lists (provinces, a province's communes).
"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { FieldPath, UseFormReturn } from "react-hook-form";
import { matchAddress, type AdministrativeUnits, type CommuneUnit, type ProvinceUnit } from "@/lib/domain/address-matching";
import {
  conflictKey,
  planQrFill,
  readQrCard,
  withoutDeclined,
  type QrCard,
  type QrCards,
  type QrConflict,
  type QrFillField,
  type QrFillNote,
  type QrFillValues,
  type QrNameChoice,
  type QrSource,
} from "@/lib/domain/qr-fill";
import type { WizardValues } from "@/components/declaration/types";
import { decodeQrFromImage } from "./decode-qr";

type UnitRow = ProvinceUnit & { nameEn?: string; fullNameEn?: string };

export type FilledEntry = { field: QrFillField; value: string; source: QrSource };

export type QrFillState = {
  /** What was written into the form from a QR code (the field may have been edited since). */
  filled: FilledEntry[];
  conflicts: QrConflict[];
  nameChoice?: QrNameChoice;
  notes: QrFillNote[];
  /** The last card applied changed nothing: its details were already there. */
  nothingNew: boolean;
  /** Increases with every card applied: the review takes focus when it changes. */
  revision: number;
};

export type PhotoOffer = { status: "none" } | { status: "found"; card: QrCard };

const EMPTY_STATE: QrFillState = { filled: [], conflicts: [], notes: [], nothingNew: false, revision: 0 };

// Public reference data, fetched once per page: the same requests the address step makes.
let provincesRequest: Promise<UnitRow[]> | undefined;
const communesRequests = new Map<string, Promise<(CommuneUnit & { fullNameEn?: string })[]>>();

async function getJson(url: string): Promise<Record<string, unknown>> {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(String(response.status));
  return (await response.json()) as Record<string, unknown>;
}

function loadProvinces(): Promise<UnitRow[]> {
  provincesRequest ??= getJson("/api/v1/administrative-units").then((json) => (Array.isArray(json.provinces) ? (json.provinces as UnitRow[]) : []));
  provincesRequest.catch(() => (provincesRequest = undefined));
  return provincesRequest;
}

function loadCommunes(provinceCode: string): Promise<(CommuneUnit & { fullNameEn?: string })[]> {
  let request = communesRequests.get(provinceCode);
  if (!request) {
    request = getJson(`/api/v1/administrative-units?provinceCode=${provinceCode}`).then((json) => (Array.isArray(json.communes) ? (json.communes as (CommuneUnit & { fullNameEn?: string })[]) : []));
    request.catch(() => communesRequests.delete(provinceCode));
    communesRequests.set(provinceCode, request);
  }
  return request;
}

/** The administrative units needed to place a CCCD address: all provinces, and the communes of the one it names. */
async function unitsForCards(cards: QrCards): Promise<AdministrativeUnits> {
  if (!cards.cccd) return { provinces: [], communes: [] };
  const provinces = await loadProvinces().catch((): UnitRow[] => []);
  const { provinceCode } = matchAddress(cards.cccd.addressText, { provinces, communes: [] });
  const communes = provinceCode ? await loadCommunes(provinceCode).catch(() => []) : [];
  return { provinces, communes };
}

/** The province and commune names to show, in the visitor's language. */
function unitNames(units: AdministrativeUnits, locale: string): Record<string, string> {
  const names: Record<string, string> = {};
  for (const unit of [...units.provinces, ...units.communes] as (ProvinceUnit & { fullNameEn?: string })[]) {
    names[unit.code] = (locale === "en" && unit.fullNameEn) || unit.fullName;
  }
  return names;
}

/** The form's values, except that a field still holding what a QR code put there counts as empty: only what the person typed is protected. */
function withoutOwnFills(values: QrFillValues, filled: readonly FilledEntry[]): QrFillValues {
  const result: QrFillValues = { ...values, address: { ...values.address } };
  for (const { field, value } of filled) {
    if (field.startsWith("address.")) {
      const key = field.slice(8) as keyof QrFillValues["address"];
      if (result.address[key] === value) result.address[key] = "";
    } else {
      const key = field as Exclude<QrFillField, `address.${string}`>;
      if (result[key] === value) result[key] = "";
    }
  }
  return result;
}

function formValues(form: UseFormReturn<WizardValues>): QrFillValues {
  const v = form.getValues();
  return {
    fullName: v.fullName ?? "",
    dateOfBirth: v.dateOfBirth ?? "",
    sex: v.sex ?? "",
    bhxhCode: v.bhxhCode ?? "",
    idType: v.idType ?? "",
    idNumber: v.idNumber ?? "",
    idIssueDate: v.idIssueDate ?? "",
    address: { provinceCode: v.address?.provinceCode ?? "", communeCode: v.address?.communeCode ?? "", street: v.address?.street ?? "" },
  };
}

export function useQrFill(form: UseFormReturn<WizardValues>, locale: string) {
  const [state, setState] = useState<QrFillState>(EMPTY_STATE);
  const [unitLabels, setUnitLabels] = useState<Record<string, string>>({});
  const [photoOffer, setPhotoOffer] = useState<PhotoOffer>({ status: "none" });
  const cards = useRef<QrCards>({});
  const declined = useRef(new Set<string>());
  const photoToken = useRef(0);
  const filledRef = useRef<FilledEntry[]>([]);
  useEffect(() => {
    filledRef.current = state.filled;
  }, [state.filled]);

  const write = useCallback(
    (field: QrFillField, value: string) => {
      const path = field as FieldPath<WizardValues>;
      form.setValue(path, value as never, { shouldDirty: true });
      form.clearErrors(path);
    },
    [form],
  );

  /** Plans what a card would change; the other card, if read before, is there to compare names with. */
  const plan = useCallback(
    async (card: QrCard) => {
      const next: QrCards = { ...cards.current, [card.kind]: card.data };
      const units = await unitsForCards(next);
      const values = formValues(form);
      const both = next.cccd !== undefined && next.bhyt !== undefined;
      const result = withoutDeclined(planQrFill(withoutOwnFills(values, filledRef.current), both ? next : { [card.kind]: card.data }, units), declined.current);
      // Only the card just read fills: what the other one proposed was decided when it was read.
      result.fills = result.fills.filter((f) => f.source === card.kind);
      result.conflicts = result.conflicts.filter((c) => c.source === card.kind);
      // Which name the field holds now, read from the real value (a name put there by a QR code included).
      if (result.nameChoice) result.nameChoice = planQrFill(values, next, units).nameChoice;
      return { next, result, names: unitNames(units, locale) };
    },
    [form, locale],
  );

  /** Applies a card read from a QR code: fills the empty fields at once and lists what needs a decision. */
  const applyCard = useCallback(
    async (card: QrCard) => {
      const { next, result, names } = await plan(card);
      cards.current = next;
      for (const fill of result.fills) write(fill.field, fill.value);
      setUnitLabels((current) => ({ ...current, ...names }));
      setState((current) => {
        const refilled = new Set(result.fills.map((f) => f.field));
        return {
          filled: [...current.filled.filter((f) => !refilled.has(f.field)), ...result.fills],
          // Decisions still open about the other card stay open.
          conflicts: [...current.conflicts.filter((c) => c.source !== card.kind), ...result.conflicts],
          ...(result.nameChoice ? { nameChoice: result.nameChoice } : {}),
          notes: card.kind === "cccd" ? result.notes : current.notes,
          nothingNew: result.fills.length === 0 && result.conflicts.length === 0 && !result.nameChoice,
          revision: current.revision + 1,
        };
      });
    },
    [plan, write],
  );

  /** The person's answer for one group of conflicts: take the QR code's values, or keep what they typed. */
  const resolveConflicts = useCallback(
    (group: string, useQr: boolean) => {
      const members = state.conflicts.filter((c) => c.group === group);
      for (const conflict of members) {
        if (useQr) write(conflict.field, conflict.proposed);
        else declined.current.add(conflictKey(conflict));
      }
      setState((current) => {
        const taken = new Set(useQr ? members.map((c) => c.field) : []);
        return {
          ...current,
          conflicts: current.conflicts.filter((c) => c.group !== group),
          filled: useQr
            ? [...current.filled.filter((f) => !taken.has(f.field)), ...members.filter((c) => c.proposed !== "").map((c) => ({ field: c.field, value: c.proposed, source: c.source }))]
            : current.filled,
        };
      });
    },
    [state.conflicts, write],
  );

  const chooseName = useCallback(
    (option: QrSource | "typed") => {
      const choice = state.nameChoice;
      if (!choice) return;
      const name = option === "typed" ? (choice.typed ?? "") : choice[option];
      write("fullName", name);
      setState((current) => ({
        ...current,
        nameChoice: current.nameChoice && { ...current.nameChoice, chosen: option === "typed" ? undefined : option },
        filled: [...current.filled.filter((f) => f.field !== "fullName"), ...(option === "typed" ? [] : [{ field: "fullName" as const, value: name, source: option }])],
      }));
    },
    [state.nameChoice, write],
  );

  /**
   * The front of the ID was just chosen: look for its QR code in the background and offer to fill from it
   * when it is a CCCD that would change something. Quiet when there is none (many photos will not show it).
   */
  const offerFromPhoto = useCallback(
    (photo: Blob | undefined) => {
      const token = ++photoToken.current;
      setPhotoOffer({ status: "none" });
      const idType = form.getValues("idType");
      if (!photo || idType === "cmnd" || idType === "passport") return;
      void (async () => {
        const texts = await decodeQrFromImage(photo).catch((): string[] => []);
        for (const text of texts) {
          const read = readQrCard(text, "cccd");
          if (!read.ok || read.card.kind !== "cccd") continue;
          const { result } = await plan(read.card);
          const changes = result.fills.length > 0 || result.conflicts.length > 0 || result.nameChoice !== undefined;
          if (token === photoToken.current && changes) setPhotoOffer({ status: "found", card: read.card });
          return;
        }
      })();
    },
    [form, plan],
  );

  const answerPhotoOffer = useCallback(
    (accept: boolean) => {
      if (accept && photoOffer.status === "found") void applyCard(photoOffer.card);
      photoToken.current += 1;
      setPhotoOffer({ status: "none" });
    },
    [applyCard, photoOffer],
  );

  return { state, unitLabels, photoOffer, applyCard, resolveConflicts, chooseName, offerFromPhoto, answerPhotoOffer };
}

export type QrFillController = ReturnType<typeof useQrFill>;
