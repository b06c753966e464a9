// The request id that ties one request's log lines, metrics exemplars and audit events together. The
// proxy (deploy/nginx.conf) sends one; the app keeps it only in this shape (the same rule as nginx's
// map), so a caller cannot inject text into the logs, and makes its own otherwise.

const REQUEST_ID_SHAPE = /^[A-Za-z0-9._-]{8,64}$/;

/** The caller's (proxy's) request id when it has a sane shape, else null. */
export function acceptableRequestId(header: string | string[] | undefined): string | null {
  const value = Array.isArray(header) ? header[0] : header;
  return value !== undefined && REQUEST_ID_SHAPE.test(value) ? value : null;
}
