// The webcam QR scanner of the counter, opened on demand: the browser's BarcodeDetector where it
// exists, else zxing-wasm with its .wasm served by the portal (/vendor/zxing_reader.wasm, no CDN).
// A reference code read from the printed form opens the search, which opens the declaration.
"use client";
import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { normalizeReferenceInput } from "@/lib/domain/reference-code";

type Text = { start: string; stop: string; help: string; starting: string; unsupported: string; denied: string; found: string; notReference: string; videoLabel: string };

type Detect = (video: HTMLVideoElement, canvas: HTMLCanvasElement) => Promise<string[]>;

type BarcodeDetectorLike = { detect(source: CanvasImageSource): Promise<{ rawValue: string }[]> };
type BarcodeDetectorConstructor = new (options: { formats: string[] }) => BarcodeDetectorLike;

async function createDetector(): Promise<Detect> {
  const Native = (globalThis as unknown as { BarcodeDetector?: BarcodeDetectorConstructor & { getSupportedFormats?: () => Promise<string[]> } }).BarcodeDetector;
  const formats: string[] = (await Native?.getSupportedFormats?.().catch((): string[] => [])) ?? [];
  if (Native && formats.includes("qr_code")) {
    const detector = new Native({ formats: ["qr_code"] });
    return async (video) => (await detector.detect(video)).map((b) => b.rawValue);
  }
  const { prepareZXingModule, readBarcodes, ZXING_WASM_VERSION } = await import("zxing-wasm/reader");
  prepareZXingModule({
    overrides: { locateFile: (file: string, prefix: string) => (file.endsWith(".wasm") ? `/vendor/zxing_reader.wasm?v=${ZXING_WASM_VERSION}` : prefix + file) },
  });
  return async (video, canvas) => {
    const width = video.videoWidth;
    const height = video.videoHeight;
    if (!width || !height) return [];
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext("2d", { willReadFrequently: true });
    if (!context) return [];
    context.drawImage(video, 0, 0, width, height);
    const results = await readBarcodes(context.getImageData(0, 0, width, height), { formats: ["QRCode"], tryHarder: true, maxNumberOfSymbols: 1 });
    return results.filter((r) => r.isValid).map((r) => r.text);
  };
}

export function QrScanner({ text }: { text: Text }) {
  const router = useRouter();
  const videoRef = useRef<HTMLVideoElement>(null);
  const canvasRef = useRef<HTMLCanvasElement | null>(null);
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState<string>("");
  const stopRef = useRef<() => void>(() => {});

  useEffect(() => {
    if (!open) return;
    let cancelled = false;
    let stream: MediaStream | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    stopRef.current = () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
    (async () => {
      if (!navigator.mediaDevices?.getUserMedia) {
        setMessage(text.unsupported);
        return;
      }
      setMessage(text.starting);
      try {
        // The rear camera on a phone or tablet; any camera on a desk.
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: { ideal: "environment" } }, audio: false });
      } catch (error) {
        setMessage((error as DOMException)?.name === "NotAllowedError" ? text.denied : text.unsupported);
        return;
      }
      if (cancelled) return stream.getTracks().forEach((track) => track.stop());
      const video = videoRef.current!;
      video.srcObject = stream;
      await video.play().catch(() => {});
      setMessage(text.help);
      const detect = await createDetector();
      canvasRef.current ??= document.createElement("canvas");
      const tick = async () => {
        if (cancelled) return;
        try {
          for (const raw of await detect(video, canvasRef.current!)) {
            const reference = normalizeReferenceInput(raw.trim());
            if (reference) {
              setMessage(text.found.replace("{reference}", reference));
              stopRef.current();
              router.push(`/can-bo?q=${encodeURIComponent(reference)}`);
              return;
            }
            setMessage(text.notReference);
          }
        } catch {
          // A frame that cannot be read: try the next one.
        }
        timer = setTimeout(tick, 200);
      };
      void tick();
    })();
    return () => stopRef.current();
  }, [open, router, text]);

  return (
    <div className="bo-scanner">
      <button
        type="button"
        className="button button--secondary"
        aria-expanded={open}
        aria-controls="bo-scanner-panel"
        onClick={() => {
          if (open) stopRef.current();
          setOpen(!open);
          setMessage("");
        }}
      >
        {open ? text.stop : text.start}
      </button>
      <div id="bo-scanner-panel" hidden={!open}>
        {open ? <video ref={videoRef} muted playsInline aria-label={text.videoLabel} /> : null}
      </div>
      <p role="status" aria-live="polite">
        {message}
      </p>
    </div>
  );
}
