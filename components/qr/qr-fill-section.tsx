// The QR part of the personal-details step: why to scan, the two scan buttons, the scanner dialog, and the
// review of what the codes filled.
"use client";
import { useRef, useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import type { QrSource } from "@/lib/domain/qr-fill";
import type { DeclarationStrings, WizardValues } from "@/components/declaration/types";
import { QrFillReview } from "./qr-fill-review";
import { QrScannerDialog } from "./qr-scanner-dialog";
import styles from "./qr.module.css";
import type { QrStrings } from "./types";
import type { QrFillController } from "./use-qr-fill";

type Props = { controller: QrFillController; form: UseFormReturn<WizardValues>; t: QrStrings; d: DeclarationStrings };

export function QrFillSection({ controller, form, t, d }: Props) {
  const [scanning, setScanning] = useState<QrSource | null>(null);
  const cccdButton = useRef<HTMLButtonElement>(null);
  const bhytButton = useRef<HTMLButtonElement>(null);

  const close = (kind: QrSource) => {
    setScanning(null);
    // Back to the button that opened it (the review takes focus instead when a card was read).
    requestAnimationFrame(() => (kind === "cccd" ? cccdButton : bhytButton).current?.focus());
  };

  return (
    <div className={styles.section}>
      <p>{t.scanIntro}</p>
      <div className={`button-group ${styles.buttons}`}>
        <button ref={cccdButton} type="button" className="button button--secondary" aria-haspopup="dialog" onClick={() => setScanning("cccd")}>
          {t.scanCccd}
        </button>
        <button ref={bhytButton} type="button" className="button button--secondary" aria-haspopup="dialog" onClick={() => setScanning("bhyt")}>
          {t.scanBhyt}
        </button>
      </div>
      {scanning ? (
        <QrScannerDialog
          kind={scanning}
          t={t}
          onClose={() => close(scanning)}
          onCard={(card) => {
            setScanning(null);
            void controller.applyCard(card);
          }}
        />
      ) : null}
      <QrFillReview controller={controller} form={form} t={t} d={d} />
    </div>
  );
}
