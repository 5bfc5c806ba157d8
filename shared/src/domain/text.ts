/**
 * Code points that take no space on screen: control characters other than tab and line breaks,
 * zero-width spaces and joiners, direction marks and embeddings, word joiners, the byte-order mark,
 * soft hyphens, fillers, variation selectors and the Mongolian vowel separator. Ranges rather than a
 * regex with \p{Cf}, so the miniapp's old WebViews need no regex transform.
 */
const HIDDEN: ReadonlyArray<readonly [number, number]> = [
  [0x00, 0x08],
  [0x0b, 0x0c],
  [0x0e, 0x1f],
  [0x7f, 0x9f],
  [0xad, 0xad],
  [0x34f, 0x34f],
  [0x61c, 0x61c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180e],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0xfff9, 0xfffb],
];

const isHidden = (ch: string) => {
  const cp = ch.codePointAt(0)!;
  return HIDDEN.some(([lo, hi]) => cp >= lo && cp <= hi);
};

/** Typed text as shown: hidden characters dropped, ends trimmed (全角空格 included). */
export function stripInvisible(text: string): string {
  let out = '';
  for (const ch of text) if (!isHidden(ch)) out += ch;
  return out.trim();
}
