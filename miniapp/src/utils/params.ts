/**
 * Page query values as text. WeChat hands them over still percent-encoded in some paths and
 * decoded in others; decoding twice is harmless for the values we use, a broken escape is kept.
 */
export function param(v: string | undefined, max = 200): string | undefined {
  if (!v) return undefined;
  let text = v;
  try {
    text = decodeURIComponent(v);
  } catch {
    // keep the raw value
  }
  text = text.trim();
  return text ? text.slice(0, max) : undefined;
}

/** A positive integer id from the query, or undefined. */
export function idParam(v: string | undefined): number | undefined {
  const text = param(v, 12);
  if (!text || !/^\d+$/.test(text)) return undefined;
  const n = Number(text);
  return n > 0 && Number.isSafeInteger(n) ? n : undefined;
}
