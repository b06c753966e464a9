// The wizard's validation: the same zod schemas the server uses, as react-hook-form resolvers per step and
// the whole declaration's parse before sending. Its own chunk (zod and the schemas are the largest part of
// the wizard's code): wizard-body.tsx imports it only when the person starts using the form, or when a step
// is checked before that, so evaluating zod never falls in the page's load (issue 18 §6, decision 0027).
import { zodResolver } from "@hookform/resolvers/zod";
import type { Resolver } from "react-hook-form";
import { ZAboutStepSchema, ZContactStepSchema, ZDeclarationInputSchema, ZOfficeStepSchema, ZPersonalStepSchema } from "@/lib/schemas/declaration";
import type { WizardValues } from "./types";

const resolverOf = (schema: Parameters<typeof zodResolver>[0]) => zodResolver(schema, undefined, { raw: true }) as unknown as Resolver<WizardValues>;

/** The numbered steps that are checked against a schema (photos are checked by the wizard itself). */
export const stepResolvers = {
  about: resolverOf(ZAboutStepSchema),
  // The CCCD is checked against the date of birth, so this step parses both; the wizard keeps only its own fields' problems.
  identity: resolverOf(ZPersonalStepSchema),
  contact: resolverOf(ZContactStepSchema),
  office: resolverOf(ZOfficeStepSchema),
} as const;

export type ValidatedStep = keyof typeof stepResolvers;

/** The whole declaration, as the server will parse it, before it is sent. */
export const parseDeclaration = (values: WizardValues) => ZDeclarationInputSchema.safeParse(values);
