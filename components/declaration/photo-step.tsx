// The photos step: a portrait and both sides of the ID (the back is optional for a passport). Each can be
// taken with the camera or chosen from the files; it is checked and downscaled in the browser at once,
// previewed, and can be replaced or removed.
"use client";
import { Fragment, useEffect, useMemo, useState } from "react";
import { FieldError } from "@/components/ui/form-parts";
import { processPhoto, takeChosenFile, type PhotoProblem } from "./prepare-photo-for-upload";
import { fill, formatBytes } from "./text";
import type { DeclarationStrings, Photo, PhotoKind } from "./types";
import { photoTargetId } from "./wizard-constants";

/** An object URL for a Blob, revoked when the Blob changes or the component goes. */
export function useObjectUrl(blob: Blob | undefined): string | undefined {
  const url = useMemo(() => (blob ? URL.createObjectURL(blob) : undefined), [blob]);
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);
  return url;
}

export { photoTargetId };

/**
 * Whether the device has a camera (navigator.mediaDevices.enumerateDevices lists a "videoinput", which it
 * does before any permission is asked): false until known, so "Chụp ảnh" never appears on a device without one.
 */
export function useHasCamera(): boolean {
  const [hasCamera, setHasCamera] = useState(false);
  useEffect(() => {
    let live = true;
    const devices = navigator.mediaDevices;
    if (!devices?.enumerateDevices) return;
    devices
      .enumerateDevices()
      .then((list) => live && setHasCamera(list.some((d) => d.kind === "videoinput")))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return hasCamera;
}

export function problemMessage(t: DeclarationStrings, problem: PhotoProblem, name: string): string {
  switch (problem.code) {
    case "wrongType":
      return fill(t.photoWrongType, { name });
    case "tooLarge":
      return fill(t.photoTooLarge, { name });
    case "tooSmall":
      return fill(t.photoTooSmall, { name, width: problem.width, height: problem.height, min: problem.min });
    case "heicUnsupported":
      return fill(t.photoHeicUnsupported, { name });
    case "unreadable":
      return fill(t.photoUnreadable, { name });
  }
}

type PhotoFieldProps = {
  kind: PhotoKind;
  hasCamera: boolean;
  label: string;
  hint: string;
  photo: Photo | undefined;
  error: string | undefined;
  t: DeclarationStrings;
  locale: string;
  onPhoto: (kind: PhotoKind, photo: Photo | undefined) => void;
  onProblem: (kind: PhotoKind, message: string | undefined) => void;
};

function PhotoField({ kind, hasCamera, label, hint, photo, error, t, locale, onPhoto, onProblem }: PhotoFieldProps) {
  const [busy, setBusy] = useState(false);
  const preview = useObjectUrl(photo?.blob);
  const id = `photo-${kind}`;

  const choose = async (event: React.ChangeEvent<HTMLInputElement>) => {
    const file = takeChosenFile(event.currentTarget);
    if (!file) return;
    setBusy(true);
    try {
      const result = await processPhoto(file, kind);
      if (result.ok) {
        onPhoto(kind, result.photo);
        onProblem(kind, undefined);
      } else {
        onProblem(kind, problemMessage(t, result.problem, file.name || label));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={`field${error ? " field--error" : ""}`}>
      <fieldset aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}>
        <legend className="legend--heading">{label}</legend>
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
        <FieldError id={id} error={error} errorPrefix={t.errorPrefix} />
        {photo?.landscape ? (
          <div className="notice notice--warning" role="status">
            <p>{t.photoLandscapePortrait}</p>
          </div>
        ) : null}
        {photo && preview ? (
          <figure className="photo-preview">
            {kind === "portrait" ? (
              // The 3:4 frame of the printed form over the (already cropped) portrait, with a guide for the face.
              <span className="portrait-frame" data-testid="portrait-frame">
                {/* eslint-disable-next-line @next/next/no-img-element -- a local blob: URL, not an optimisable asset */}
                <img src={preview} alt={fill(t.photoPreviewAlt, { label })} className="photo-preview__img photo-preview__img--portrait" />
              </span>
            ) : (
              // eslint-disable-next-line @next/next/no-img-element -- a local blob: URL, not an optimisable asset
              <img src={preview} alt={fill(t.photoPreviewAlt, { label })} className="photo-preview__img" />
            )}
            <figcaption className="field__hint">
              {photo.name ? <span className="photo-preview__name">{photo.name}</span> : null}{" "}
              {fill(t.photoDetails, { width: photo.width, height: photo.height, size: formatBytes(photo.blob.size, locale) })}
              {photo.reencoded ? null : <span className="photo-preview__note"> {t.photoOriginalKept}</span>}
            </figcaption>
          </figure>
        ) : null}
        <div className="photo-actions">
          {hasCamera ? (
            <>
              <input id={`${id}-camera`} type="file" accept="image/*" capture={kind === "portrait" ? "user" : "environment"} className="file-input" onChange={choose} disabled={busy} aria-invalid={error ? true : undefined} />
              <label htmlFor={`${id}-camera`} className="button button--secondary">
                {t.photoTake}
              </label>
            </>
          ) : null}
          <input
            id={`${id}-file`}
            type="file"
            accept="image/jpeg,image/png,image/webp,image/heic,image/heif,.jpg,.jpeg,.png,.webp,.heic,.heif"
            className="file-input"
            onChange={choose}
            disabled={busy}
            aria-invalid={error ? true : undefined}
          />
          <label htmlFor={`${id}-file`} className="button button--secondary">
            {photo ? t.photoReplace : t.photoChoose}
          </label>
          {photo ? (
            <button type="button" className="button button--secondary" onClick={() => onPhoto(kind, undefined)}>
              {t.photoRemove}
              <span className="visually-hidden">: {label}</span>
            </button>
          ) : null}
        </div>
        <p role="status" className="field__hint">
          {busy ? t.photoProcessing : ""}
        </p>
      </fieldset>
    </div>
  );
}

export function PhotosStep(props: {
  t: DeclarationStrings;
  locale: string;
  passport: boolean;
  photos: Partial<Record<PhotoKind, Photo>>;
  errorText: (kind: PhotoKind) => string | undefined;
  onPhoto: (kind: PhotoKind, photo: Photo | undefined) => void;
  onProblem: (kind: PhotoKind, message: string | undefined) => void;
  intro?: React.ReactNode;
  /** Shown below a photo's field (the offer to fill from the QR code on the CCCD front). */
  after?: Partial<Record<PhotoKind, React.ReactNode>>;
}) {
  const { t, passport, photos } = props;
  const hasCamera = useHasCamera();
  const fields: { kind: PhotoKind; label: string; hint: string }[] = [
    { kind: "portrait", label: t.photo_portrait, hint: t.photoHint_portrait },
    { kind: "idFront", label: passport ? t.photo_idFrontPassport : t.photo_idFront, hint: t.photoHint_idFront },
    { kind: "idBack", label: passport ? `${t.photo_idBack} ${t.optional}` : t.photo_idBack, hint: passport ? t.photoHint_idBackPassport : t.photoHint_idBack },
  ];
  return (
    <>
      <p>{t.photosIntro}</p>
      {props.intro}
      {fields.map((f) => (
        <Fragment key={f.kind}>
          <PhotoField {...f} hasCamera={hasCamera} photo={photos[f.kind]} error={props.errorText(f.kind)} t={t} locale={props.locale} onPhoto={props.onPhoto} onProblem={props.onProblem} />
          {props.after?.[f.kind]}
        </Fragment>
      ))}
    </>
  );
}

/** The photo labels as the review page and the error summary name them. */
export function photoLabel(t: DeclarationStrings, kind: PhotoKind, passport: boolean): string {
  if (kind === "portrait") return t.photo_portrait;
  if (kind === "idFront") return passport ? t.photo_idFrontPassport : t.photo_idFront;
  return t.photo_idBack;
}
