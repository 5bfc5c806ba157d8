import { isValidGtin } from '@recall/shared';

/** A typed or pasted bar code without spaces (people copy "6 901234 567892" as printed). */
export function cleanGtin(text: string): string {
  return text.replace(/[\s-]/g, '');
}

/** Why a bar code cannot be right, in words for the person typing it; undefined when it is valid. */
export function gtinProblem(text: string): string | undefined {
  const code = cleanGtin(text);
  if (!code) return '请输入商品条码';
  if (!/^\d+$/.test(code)) return '商品条码只包含数字';
  if (![8, 12, 13, 14].includes(code.length)) return `商品条码应为 8、12、13 或 14 位数字（已输入 ${code.length} 位）`;
  if (!isValidGtin(code)) return '条码校验位不正确，请对照包装上的数字重新输入';
  return undefined;
}
