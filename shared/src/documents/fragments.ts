/**
 * What producers type into 附件6 are fragments ("温控器失效。", "可能造成火灾", "将免费更换…"); the
 * 新闻稿 sets them inside its own sentences. These functions cut what the template already says,
 * so "存在…的缺陷，可能导致…的后果" never reads "可能导致可能造成…。的后果".
 */

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Without leading and trailing punctuation or blanks. */
export const trimPunct = (s: string): string =>
  s.replace(/^[\s，,。．.；;、：:！!？?]+/u, '').replace(/[\s，,。．.；;、：:！!？?]+$/u, '');

/** One clause: inner sentence ends become semicolons, so the fragment fits inside a sentence. */
const oneClause = (s: string): string => trimPunct(s).replace(/[\s，,；;]*[。！？!?][\s，,；;。！？!?]*/gu, '；');

/** "存在温控器失效的缺陷" — the fragment without its own 存在, and 的缺陷 only when it lacks a noun of its own. */
export function defectClause(text: string): string {
  const s = oneClause(text)
    .replace(/^(本产品|该产品|产品)?(存在|有)/u, '')
    .replace(/^的/u, '');
  if (!s) return '';
  return /(缺陷|问题|隐患|风险)$/u.test(s) ? `存在${s}` : `存在${s}的缺陷`;
}

const LEADING_EFFECT = /^的?(?:(?:或将|可能会?|将会?|会|容易|易)?(?:导致|造成|引起|引发|致使)|或将|可能会?)?/u;

/** "可能导致外壳过热，引发火灾的后果" — without the fragment's own 可能/导致 and a second 可能 inside. */
export function consequenceClause(text: string): string {
  const s = oneClause(text)
    .replace(LEADING_EFFECT, '')
    .replace(/([，；])(可能会?|或将)/gu, '$1');
  if (!s) return '';
  if (/后果$/u.test(s)) return `可能导致${s}`;
  if (/(风险|危险|隐患)$/u.test(s)) return `有${s.replace(/^(有|存在)/u, '')}`;
  return `可能导致${s}的后果`;
}

/** "为用户免费更换温控器" — without the producer's name, 将, and the template's own 以消除安全隐患. */
export function measuresClause(text: string, producerName: string): string {
  const who = [producerName, '我公司', '本公司', '我司', '公司', '生产者'].filter(Boolean).map(esc).join('|');
  return oneClause(text)
    .replace(new RegExp(`^(${who})?(将|会|拟)?`, 'u'), '')
    .replace(/[，,；]?(以|从而)?消除(产品)?(的)?安全隐患$/u, '');
}

const PHONE_ONLY = /^[\d\s\-－—()（）+转]+$/u;
const LABELLED_PHONE = /^(\D*?)[\s:：]*([\d(（][\d\s\-－—()（）+转]{5,})$/u;

/**
 * How the producer's contact reads after 通过: "客户服务热线（400-123-4567）", "客服热线（400-800-1234）";
 * undefined when it is a list of channels, which the caller sets after a colon.
 */
export function contactPhrase(text: string): string | undefined {
  const s = trimPunct(text).replace(/^(可|请)?(通过|拨打|致电|联系)/u, '');
  if (!s) return '';
  if (PHONE_ONLY.test(s)) return `客户服务热线（${s.trim()}）`;
  const labelled = LABELLED_PHONE.exec(s);
  if (labelled && labelled[1] && !/[，,；;。]/u.test(labelled[1]))
    return `${labelled[1].trim()}（${labelled[2].trim()}）`;
  return /[，,；;。]/u.test(s) ? undefined : s;
}

/**
 * Brand, models and product as the template joins them ("暖阳牌NY-2000型号电暖器"), without
 * doubling a brand the product name already carries ("暖阳牌电暖器" stays one 暖阳牌).
 */
export function productPhrase(brandIn: string, models: string[], product: string): string {
  const brand = trimPunct(brandIn).replace(/牌$/u, '');
  const m = models.map((x) => trimPunct(x).replace(/型号?$/u, '')).filter(Boolean);
  const modelPart = m.length ? `${m.join('、')}型号` : '';
  if (!brand) return `${modelPart}${product}`;
  const lead = new RegExp(`^${esc(brand)}牌`, 'u');
  if (lead.test(product) && product.replace(lead, '')) return `${brand}牌${modelPart}${product.replace(lead, '')}`;
  if (product.includes(brand)) return `${modelPart}${product}`;
  return `${brand}牌${modelPart}${product}`;
}
