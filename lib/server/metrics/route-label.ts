// The route pattern a request is counted under: the path with identifiers (reference codes, uuids,
// numbers) replaced by ":id" and built assets folded into one label, so the number of series stays
// bounded and no reference code reaches the metrics. Pure: shared by the front server and its tests.

const MAX_SEGMENTS = 6;

export function routeLabel(url: string | undefined): string {
  const path = (url ?? "/").split(/[?#]/, 1)[0] || "/";
  if (path.startsWith("/_next/")) return path.startsWith("/_next/static/") ? "/_next/static" : "/_next";
  const segments = path.split("/").filter(Boolean).slice(0, MAX_SEGMENTS);
  const labelled = segments.map((segment) => (/^v\d{1,2}$/.test(segment) ? segment : /\d/.test(segment) || segment.length > 32 || !/^[A-Za-z._-]+$/.test(segment) ? ":id" : segment));
  return `/${labelled.join("/")}`;
}
