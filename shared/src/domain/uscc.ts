/**
 * Unified social credit code (统一社会信用代码), GB 32100-2015.
 * 18 characters: registration department (1), organisation type (1), division code of the
 * registration authority (6, GB/T 2260), organisation code (9), check character (1).
 */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
// Weight of position i (1-based) is 3^(i-1) mod 31.
const WEIGHTS = Array.from({ length: 17 }, (_, i) => {
  let w = 1;
  for (let k = 0; k < i; k++) w = (w * 3) % 31;
  return w;
});

export interface UsccParseResult {
  valid: boolean;
  /** GB/T 2260 division code of the registration authority (characters 3–8). */
  divisionCode?: string;
  /** Why the code is invalid, in Chinese. */
  reason?: string;
}

export function usccCheckCharacter(first17: string): string | undefined {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CHARSET.indexOf(first17[i]);
    if (v < 0) return undefined;
    sum += v * WEIGHTS[i];
  }
  return CHARSET[(31 - (sum % 31)) % 31];
}

export function parseUscc(code: string): UsccParseResult {
  const c = (code ?? '').trim().toUpperCase();
  if (c.length !== 18) return { valid: false, reason: '统一社会信用代码应为 18 位' };
  for (const ch of c) {
    if (!CHARSET.includes(ch)) return { valid: false, reason: `统一社会信用代码含有不允许的字符“${ch}”` };
  }
  const divisionCode = c.slice(2, 8);
  if (!/^\d{6}$/.test(divisionCode)) return { valid: false, reason: '统一社会信用代码第 3–8 位应为行政区划代码' };
  if (usccCheckCharacter(c.slice(0, 17)) !== c[17]) return { valid: false, reason: '统一社会信用代码校验位不正确' };
  return { valid: true, divisionCode };
}
