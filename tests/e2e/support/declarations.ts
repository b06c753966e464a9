// Sends a declaration (Tờ khai 01) through the public API as the mobile app does: multipart JSON plus
// three real JPEGs, with an Idempotency-Key. The e2e specs that need a declaration to work on start here.
import { expect, type APIRequestContext } from "@playwright/test";
import { idCardJpeg, portraitJpeg } from "../../fixtures/photo-files";

/** The declarer's details the API needs (a DEMO_PARTICIPANTS entry, a buildPerson result or a literal). */
export type Declarer = { fullName: string; dateOfBirth: string; sex: string; bhxhCode: string; idNumber: string; idIssueDate: string };

export type PhotoSet = { portrait: Buffer; idFront: Buffer; idBack: Buffer };

export type SendDeclarationInput = {
  person: Declarer;
  /** As the declarer typed it (national 0… or +84…). */
  phone: string;
  street: string;
  idempotencyKey: string;
  email?: string | null;
  emailCopy?: boolean;
  officeCode?: string;
  /** Defaults to the portrait and ID-card photos of tests/fixtures/photo-files. */
  photos?: PhotoSet;
};

async function defaultPhotos(): Promise<PhotoSet> {
  const [portrait, idFront, idBack] = await Promise.all([portraitJpeg(), idCardJpeg("front"), idCardJpeg("back")]);
  return { portrait, idFront, idBack };
}

/** What the API answers with 201. */
export type SentDeclaration = { reference: string; accessToken: string; office: { code: string; name: string } };

export async function sendDeclaration(request: APIRequestContext, input: SendDeclarationInput): Promise<SentDeclaration> {
  const { person, phone, street, idempotencyKey, email = null, emailCopy = false, officeCode = "0101" } = input;
  const declaration = {
    fullName: person.fullName,
    dateOfBirth: person.dateOfBirth,
    sex: person.sex,
    nationality: "VN",
    bhxhCode: person.bhxhCode,
    idType: "cccd",
    idNumber: person.idNumber,
    idIssueDate: person.idIssueDate,
    idIssuePlace: "Cục Cảnh sát quản lý hành chính về trật tự xã hội",
    address: { provinceCode: "01", communeCode: "00004", street },
    phone,
    email,
    emailCopy,
    officeCode,
    commitment: true,
  };
  const { portrait, idFront, idBack } = input.photos ?? (await defaultPhotos());
  const response = await request.post("/api/v1/declarations", {
    headers: { "Idempotency-Key": idempotencyKey },
    multipart: {
      declaration: JSON.stringify(declaration),
      portrait: { name: "chan-dung.jpg", mimeType: "image/jpeg", buffer: portrait },
      idFront: { name: "mat-truoc.jpg", mimeType: "image/jpeg", buffer: idFront },
      idBack: { name: "mat-sau.jpg", mimeType: "image/jpeg", buffer: idBack },
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as SentDeclaration;
}
