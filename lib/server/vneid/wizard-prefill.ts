import "server-only";
// The Tờ khai 01 wizard's starting values from a VNeID identity (the counter road): the personal details,
// the CCCD, the phone, and the address placed in the current administrative units where it can be (the
// same matcher as the CCCD QR code). Only what VNeID gave is filled; the person may change any of it.
import { matchAddress } from "@/lib/domain/address-matching";
import { displayPhone } from "@/lib/domain/identifiers";
import type { VneidIdentity } from "@/lib/domain/vneid-identity";
import { listCommunes, listProvinces } from "../reference-data";

export type PrefillField = "fullName" | "dateOfBirth" | "sex" | "idNumber" | "address" | "phone";

export type WizardPrefill = {
  values: {
    fullName: string;
    dateOfBirth: string;
    sex: "male" | "female";
    idType: "cccd";
    idNumber: string;
    address: { provinceCode: string; communeCode: string; street: string };
    phone: string;
  };
  fields: PrefillField[];
};

export async function wizardPrefillFor(identity: VneidIdentity): Promise<WizardPrefill> {
  let address = { provinceCode: "", communeCode: "", street: "" };
  if (identity.address) {
    const provinces = await listProvinces();
    const byProvince = matchAddress(identity.address, { provinces, communes: [] });
    const communes = byProvince.provinceCode ? await listCommunes(byProvince.provinceCode) : [];
    const match = matchAddress(identity.address, { provinces, communes });
    address = { provinceCode: match.provinceCode ?? "", communeCode: match.communeCode ?? "", street: match.street ?? "" };
  }
  const fields: PrefillField[] = ["fullName", "dateOfBirth", "sex", "idNumber"];
  if (address.provinceCode) fields.push("address");
  if (identity.phone) fields.push("phone");
  return {
    values: {
      fullName: identity.fullName,
      dateOfBirth: identity.dateOfBirth,
      sex: identity.sex,
      idType: "cccd",
      idNumber: identity.idNumber,
      address,
      phone: identity.phone ? displayPhone(identity.phone) : "",
    },
    fields,
  };
}
