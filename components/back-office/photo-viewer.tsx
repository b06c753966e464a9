// The declaration's three photos, large and side by side, each with zoom and rotate. Keyboard: the
// buttons, or + / − / R / 0 while a photo frame has the focus. The images come from the audited,
// staff-only route /can-bo/anh/{fileId}.
"use client";
import { useState, type KeyboardEvent } from "react";

export type ViewerPhoto = { id: string; label: string; alt: string; src: string };
type Text = { zoomIn: string; zoomOut: string; rotate: string; resetView: string; controls: string };

const ZOOMS = [1, 1.5, 2, 3, 4];

function Photo({ photo, text }: { photo: ViewerPhoto; text: Text }) {
  const [zoom, setZoom] = useState(0);
  const [turns, setTurns] = useState(0);
  const zoomIn = () => setZoom((z) => Math.min(ZOOMS.length - 1, z + 1));
  const zoomOut = () => setZoom((z) => Math.max(0, z - 1));
  const rotate = () => setTurns((r) => (r + 1) % 4);
  const reset = () => {
    setZoom(0);
    setTurns(0);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const actions: Record<string, () => void> = { "+": zoomIn, "=": zoomIn, "-": zoomOut, r: rotate, R: rotate, "0": reset };
    const action = actions[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  };
  const scale = ZOOMS[zoom] ?? 1;
  const sideways = turns % 2 === 1;
  const controls = text.controls.replace("{photo}", photo.label.toLocaleLowerCase());
  return (
    <figure className="bo-photo">
      <figcaption id={`photo-${photo.id}`}>{photo.label}</figcaption>
      <div
        className={`bo-photo__frame${scale > 1 ? " bo-photo__frame--zoomed" : ""}`}
        tabIndex={0}
        role="region"
        aria-labelledby={`photo-${photo.id}`}
        onKeyDown={onKeyDown}
      >
        {/* eslint-disable-next-line @next/next/no-img-element -- private, uncached bytes from an authenticated route; next/image would cache them */}
        <img
          src={photo.src}
          alt={photo.alt}
          style={{
            transform: `rotate(${turns * 90}deg)`,
            width: scale > 1 ? `${scale * 100}%` : undefined,
            // Turned sideways, the picture must fit the frame's shorter side.
            ...(sideways && scale === 1 ? { maxWidth: "min(100%, 22rem)", maxHeight: "min(100%, 22rem)" } : {}),
          }}
        />
      </div>
      <div className="bo-photo__tools" role="group" aria-label={controls}>
        <button type="button" className="button button--secondary" onClick={zoomOut} disabled={zoom === 0} aria-label={`${text.zoomOut}: ${photo.label}`}>
          <span aria-hidden="true">−</span>
        </button>
        <button type="button" className="button button--secondary" onClick={zoomIn} disabled={zoom === ZOOMS.length - 1} aria-label={`${text.zoomIn}: ${photo.label}`}>
          <span aria-hidden="true">+</span>
        </button>
        <button type="button" className="button button--secondary" onClick={rotate} aria-label={`${text.rotate}: ${photo.label}`}>
          <span aria-hidden="true">⟳</span>
        </button>
        <button type="button" className="button button--secondary" onClick={reset} disabled={zoom === 0 && turns === 0}>
          {text.resetView}
        </button>
        <span className="bo-photo__zoom" aria-live="polite">
          {Math.round(scale * 100)}% · {turns * 90}°
        </span>
      </div>
    </figure>
  );
}

export function PhotoViewer({ photos, text }: { photos: ViewerPhoto[]; text: Text }) {
  return (
    <div className="bo-photos">
      {photos.map((photo) => (
        <Photo key={photo.id} photo={photo} text={text} />
      ))}
    </div>
  );
}
