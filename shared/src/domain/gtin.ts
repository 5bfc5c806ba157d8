/**
 * GTIN check (GS1 General Specifications 7.9): GTIN-8, -12 (UPC-A), -13 (EAN-13) and -14.
 * Weights 3,1,3,… from the digit left of the check digit; check = (10 − Σ mod 10) mod 10.
 */
export function isValidGtin(code: string): boolean {
  if (!/^(\d{8}|\d{12,14})$/.test(code)) return false;
  const digits = code.split('').map(Number);
  const check = digits.pop() as number;
  const sum = digits.reverse().reduce((acc, d, i) => acc + d * (i % 2 === 0 ? 3 : 1), 0);
  return (10 - (sum % 10)) % 10 === check;
}

/** GTIN-14 form used for storage and matching: UPC-A 012345678905 and EAN-13 0012345678905 are one product. */
export function normalizeGtin(code: string): string {
  return code.padStart(14, '0');
}

/** Chinese GS1 prefixes are 690–699 (domain.md). */
export function isChineseGtin(code: string): boolean {
  const g13 = normalizeGtin(code).slice(1);
  return /^69\d/.test(g13);
}
