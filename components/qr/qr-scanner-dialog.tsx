// The QR scanner of the declaration wizard: a modal dialog (native <dialog>: the page behind is inert, Esc
// closes it) that opens the rear camera with a live preview and reads its frames continuously, or reads a
// photo the person chooses. Mounted only while open: unmounting stops the camera.
"use client";
import { useEffect, useId, useRef, useState } from "react";
import { readQrCard, type QrCard, type QrSource } from "@/lib/domain/qr-fill";
import { takeChosenFile } from "@/components/declaration/prepare-photo-for-upload";
import { createFrameDecoder, decodeQrFromImage, preloadQrDecoder } from "./decode-qr";
import styles from "./qr.module.css";
import type { QrStrings } from "./types";

/** Pause between two decoded frames: about 5 frames a second, light enough for a cheap phone. */
const FRAME_INTERVAL_MS = 200;

type Camera = "starting" | "on" | "denied" | "unavailable";
type Message = { text: string; tone: "status" | "error" };

/** The sentence for an error key of lib/domain/qr-payloads ("qr.notCccd" → strings.notCccd). */
export function qrErrorText(t: QrStrings, key: string): string {
  return (t as Record<string, string>)[key.replace(/^qr\./, "")] ?? key;
}

export function QrScannerDialog({ kind, t, onCard, onClose }: { kind: QrSource; t: QrStrings; onCard: (card: QrCard) => void; onClose: () => void }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const videoRef = useRef<HTMLVideoElement>(null);
  const [camera, setCamera] = useState<Camera>("starting");
  const [message, setMessage] = useState<Message | null>(null);
  const [reading, setReading] = useState(false);
  const onCardRef = useRef(onCard);
  useEffect(() => {
    onCardRef.current = onCard;
  }, [onCard]);
  const id = useId();
  const titleId = `${id}-title`;
  const hintId = `${id}-hint`;
  const fileId = `${id}-file`;
  const title = kind === "cccd" ? t.scanCccd : t.scanBhyt;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  // The camera, for as long as the dialog is open.
  useEffect(() => {
    let cancelled = false;
    let stream: MediaStream | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const video = videoRef.current;
    const stop = () => {
      cancelled = true;
      clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
      if (video) video.srcObject = null;
    };
    preloadQrDecoder();
    void (async () => {
      if (!navigator.mediaDevices?.getUserMedia || !video) return setCamera("unavailable");
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false });
      } catch (error) {
        const name = error instanceof DOMException ? error.name : "";
        if (!cancelled) setCamera(name === "NotAllowedError" || name === "SecurityError" ? "denied" : "unavailable");
        return;
      }
      if (cancelled) return stream.getTracks().forEach((track) => track.stop());
      video.srcObject = stream;
      await video.play().catch(() => undefined);
      if (cancelled) return;
      setCamera("on");
      const decode = await createFrameDecoder().catch(() => null);
      if (cancelled) return;
      if (!decode) return setMessage({ text: t.decoderUnavailable, tone: "error" });
      let lastError = "";
      const tick = async () => {
        if (cancelled) return;
        try {
          for (const text of await decode(video)) {
            const read = readQrCard(text, kind);
            if (read.ok) {
              stop();
              onCardRef.current(read.card);
              return;
            }
            // The same wrong code seen frame after frame is announced once.
            if (read.error !== lastError) setMessage({ text: qrErrorText(t, read.error), tone: "error" });
            lastError = read.error;
          }
        } catch {
          // A frame that cannot be read: try the next one.
        }
        timer = setTimeout(() => void tick(), FRAME_INTERVAL_MS);
      };
      void tick();
    })();
    return stop;
  }, [kind, t]);

  const onFile = async (event: React.ChangeEvent<HTMLInputElement>) => {
    const file = takeChosenFile(event.currentTarget);
    if (!file) return;
    setReading(true);
    setMessage({ text: t.reading, tone: "status" });
    try {
      const texts = await decodeQrFromImage(file);
      if (texts.length === 0) return setMessage({ text: t.noQrInImage, tone: "error" });
      let firstError = "";
      for (const text of texts) {
        const read = readQrCard(text, kind);
        if (read.ok) return onCardRef.current(read.card);
        firstError ||= read.error;
      }
      setMessage({ text: qrErrorText(t, firstError), tone: "error" });
    } catch {
      setMessage({ text: t.decoderUnavailable, tone: "error" });
    } finally {
      setReading(false);
    }
  };

  return (
    <dialog
      ref={dialogRef}
      className={styles.dialog}
      aria-labelledby={titleId}
      aria-describedby={hintId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId} className={styles.dialogTitle}>
        {title}
      </h2>
      <p id={hintId} className="field__hint">
        {t.privacy}
      </p>
      {/* The video element stays mounted (the camera effect holds it); only its frame is hidden. */}
      <div className={camera === "on" || camera === "starting" ? styles.viewfinder : styles.hidden}>
        <video ref={videoRef} className={camera === "on" ? styles.video : styles.hidden} muted playsInline aria-label={t.cameraPreview} />
        {camera === "starting" ? <p className={styles.viewfinderText}>{t.cameraStarting}</p> : null}
      </div>
      {camera === "on" ? <p className="field__hint">{t.scanHint}</p> : null}
      {camera === "denied" || camera === "unavailable" ? (
        <div className="notice notice--warning">
          <p>{camera === "denied" ? t.cameraDenied : t.cameraUnavailable}</p>
        </div>
      ) : null}
      <div role="alert" className={styles.messages}>
        {message?.tone === "error" ? <p className={styles.error}>{message.text}</p> : null}
      </div>
      <p role="status" className="field__hint">
        {message?.tone === "status" && reading ? message.text : ""}
      </p>
      <div className="button-group">
        <input id={fileId} type="file" accept="image/*" className={styles.fileInput} onChange={(event) => void onFile(event)} disabled={reading} />
        <label htmlFor={fileId} className="button">
          {t.choosePhoto}
        </label>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t.close}
        </button>
      </div>
    </dialog>
  );
}
