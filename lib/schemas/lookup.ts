// The status look-up form (/tra-cuu): a reference code as typed and the ID number declared with it.
import { z } from "zod";
import { personalFields, ZReferenceCodeSchema } from "./declaration";

export const ZLookupSchema = z.object({
  /** "tk 7kq4 m9xd" → "TK-7KQ4-M9XD". */
  reference: ZReferenceCodeSchema,
  /** Without spaces, dots or dashes, upper-cased: as declarations store it. */
  idNumber: personalFields.idNumber,
});

export type LookupInput = z.output<typeof ZLookupSchema>;
