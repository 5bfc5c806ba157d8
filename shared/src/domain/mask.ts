/**
 * Masks for a reporter's personal data wherever someone who does not need it in full sees it
 * (lists, copied bureaus): 张三 → 张*, 13812345678 → 138****5678, an address cut after its area.
 */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length <= 1) return '*';
  return chars[0] + '*'.repeat(Math.min(chars.length - 1, 3));
}

export function maskPhone(phone: string): string {
  const p = phone.trim();
  if (/^1\d{10}$/.test(p)) return `${p.slice(0, 3)}****${p.slice(7)}`;
  return p.length > 4 ? `${'*'.repeat(p.length - 4)}${p.slice(-4)}` : '****';
}

export function maskAddress(address: string): string {
  const chars = Array.from(address.trim());
  const within = Math.min(chars.length - 1, 14);
  // Keep up to the district (区/县/旗), else up to the city (市/州/盟), else six characters.
  let cut = chars.slice(0, within).findIndex((c) => '区县旗'.includes(c));
  for (let i = within - 1; cut < 0 && i >= 0; i--) if ('市州盟'.includes(chars[i])) cut = i;
  const head = cut >= 0 ? chars.slice(0, cut + 1) : chars.slice(0, Math.min(6, chars.length));
  return `${head.join('')}****`;
}
