// The state of the /tra-cuu/ma-so-bhxh form between the server action and the page.
export type BhxhCodeFormField = "fullName" | "dateOfBirth" | "provinceCode" | "idNumber";

export type BhxhCodeFormValues = { fullName: string; dobDay: string; dobMonth: string; dobYear: string; provinceCode: string; idNumber: string };

export type BhxhCodeFormState =
  | { kind: "idle"; values: BhxhCodeFormValues }
  | { kind: "invalid"; values: BhxhCodeFormValues; errors: { field: BhxhCodeFormField; message: string }[] }
  | { kind: "found"; values: BhxhCodeFormValues; bhxhCode: string; maskedName: string }
  | { kind: "needIdNumber" | "contactOffice" | "notFound" | "failed"; values: BhxhCodeFormValues }
  | { kind: "rateLimited"; values: BhxhCodeFormValues; minutes: number };

export const EMPTY_BHXH_CODE_FORM: BhxhCodeFormValues = { fullName: "", dobDay: "", dobMonth: "", dobYear: "", provinceCode: "", idNumber: "" };
