// The wizard's steps after the first, and what only they use (the early record check, sending): one chunk the
// body loads on first use, with the validation, instead of with the page, so evaluating them never falls in
// the page's load (issue 18 §6, decision 0030). The ids and codes the body needs of them are in
// wizard-constants.ts.
export { ContactStep, IdentityStep, OfficeStep } from "./steps";
export { PhoneVerificationPanel } from "./phone-verification";
export { PhotosStep } from "./photo-step";
export { Commitment, DataProcessingConsent, ReviewStep } from "./review-step";
export { checkRecord, ConflictDetails } from "./record-check";
export { sendDeclaration } from "./send-declaration";
export { QrPhotoOffer } from "@/components/qr/qr-photo-offer";
