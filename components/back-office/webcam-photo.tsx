// A photo from the counter's webcam (getUserMedia) for the assisted declaration: the frame becomes a JPEG
// file that goes through the same browser-side checks and downscaling as a chosen file (and then the same
// server pipeline). Offered only where the browser has a camera API; the upload buttons stay beside it.
"use client";
import { useEffect, useRef, useState } from "react";
import { processPhoto, type PhotoProblem } from "@/components/declaration/prepare-photo-for-upload";
import type { Photo, PhotoKind } from "@/components/declaration/types";

export type WebcamText = { start: string; capture: string; cancel: string; preview: string; unavailable: string };

type Props = {
  kind: PhotoKind;
  /** The photo's label, read after the button's words by a screen reader (three such buttons on the page). */
  label: string;
  text: WebcamText;
  onPhoto: (kind: PhotoKind, photo: Photo) => void;
  /** A message when the frame cannot be used (the same wording as for a chosen file), or undefined to clear. */
  onProblem: (kind: PhotoKind, message: string | undefined) => void;
  describeProblem: (problem: PhotoProblem) => string;
};

export function WebcamPhoto({ kind, label, text, onPhoto, onProblem, describeProblem }: Props) {
  const videoRef = useRef<HTMLVideoElement>(null);
  const streamRef = useRef<MediaStream | null>(null);
  const [available, setAvailable] = useState(false);
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState("");

  // Known only in the browser, after the first render (the server renders no camera button).
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setAvailable(typeof navigator !== "undefined" && !!navigator.mediaDevices?.getUserMedia);
    return () => streamRef.current?.getTracks().forEach((track) => track.stop());
  }, []);

  const stop = () => {
    streamRef.current?.getTracks().forEach((track) => track.stop());
    streamRef.current = null;
    setOpen(false);
  };

  const start = async () => {
    setMessage("");
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ video: { width: { ideal: 1920 }, height: { ideal: 1080 } }, audio: false });
      streamRef.current = stream;
      setOpen(true);
      // The video element is rendered by the update above.
      requestAnimationFrame(() => {
        const video = videoRef.current;
        if (!video) return;
        video.srcObject = stream;
        void video.play().catch(() => {});
      });
    } catch {
      setMessage(text.unavailable);
    }
  };

  const capture = async () => {
    const video = videoRef.current;
    if (!video || video.videoWidth === 0) return;
    const canvas = document.createElement("canvas");
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    canvas.getContext("2d")!.drawImage(video, 0, 0);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/jpeg", 0.92));
    if (!blob) return setMessage(text.unavailable);
    const result = await processPhoto(new File([blob], `${kind}-webcam.jpg`, { type: "image/jpeg" }), kind);
    if (result.ok) {
      onPhoto(kind, result.photo);
      onProblem(kind, undefined);
      stop();
    } else {
      onProblem(kind, describeProblem(result.problem));
    }
  };

  if (!available) return null;
  return (
    <div className="bo-webcam">
      {open ? (
        <>
          <video ref={videoRef} className="bo-webcam__video" muted playsInline aria-label={text.preview} />
          <div className="button-group">
            <button type="button" className="button" onClick={() => void capture()}>
              {text.capture}
              <span className="visually-hidden">: {label}</span>
            </button>
            <button type="button" className="button button--secondary" onClick={stop}>
              {text.cancel}
            </button>
          </div>
        </>
      ) : (
        <button type="button" className="button button--secondary" onClick={() => void start()}>
          {text.start}
          <span className="visually-hidden">: {label}</span>
        </button>
      )}
      <p role="status" className="field__hint">
        {message}
      </p>
    </div>
  );
}
