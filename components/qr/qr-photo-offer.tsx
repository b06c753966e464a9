// In the photos step: when the photo of the CCCD front carries a readable QR code, offer to fill the
// declaration from it; "yes" applies it like a scan and shows the same review.
"use client";
import { useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import type { DeclarationStrings, WizardValues } from "@/components/declaration/types";
import { QrFillReview } from "./qr-fill-review";
import type { QrStrings } from "./types";
import type { QrFillController } from "./use-qr-fill";

type Props = { controller: QrFillController; form: UseFormReturn<WizardValues>; t: QrStrings; d: DeclarationStrings };

export function QrPhotoOffer({ controller, form, t, d }: Props) {
  const { photoOffer, answerPhotoOffer } = controller;
  const [accepted, setAccepted] = useState(false);
  return (
    <>
      {/* Always present, so that the offer is announced when it appears. */}
      <div aria-live="polite">
        {photoOffer.status === "found" ? (
          <div className="notice">
            <p>{t.photoOfferFound}</p>
            <p>
              <strong>{t.fillFromCccdPhoto}</strong>
            </p>
            <div className="button-group">
              <button
                type="button"
                className="button"
                onClick={() => {
                  setAccepted(true);
                  answerPhotoOffer(true);
                }}
              >
                {t.fillFromQr}
              </button>
              <button type="button" className="button button--secondary" onClick={() => answerPhotoOffer(false)}>
                {t.dismiss}
              </button>
            </div>
          </div>
        ) : null}
      </div>
      {accepted ? <QrFillReview controller={controller} form={form} t={t} d={d} /> : null}
    </>
  );
}
