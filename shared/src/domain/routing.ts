import { InjuryLevel } from '../enums';
import { BureauRef, ProvinceProfile } from './province';
import { parseUscc } from './uscc';

/**
 * Which bureau receives a clue (属地管理), evaluated from a province profile.
 * Pure: the caller looks the producer up in its registry and passes `registryUscc`.
 */
export interface RoutingInput {
  producerUscc?: string;
  producerName?: string;
  /** USCC found for `producerName` in the producer registry (rule 3), if any. */
  registryUscc?: string;
  /** The producer's USCC on a public recall that covers the product (the report named no producer). */
  recallUscc?: string;
  /** Where the consumer bought or used the product (GB/T 2260). */
  regionCode: string;
  injury: InjuryLevel;
  fire?: boolean;
  largeScope?: boolean;
}

export interface RoutingDecision {
  bureauCode: string;
  bureauName: string;
  reason: string;
  copiedTo: string[];
  producerIdentified: boolean;
  flags: Array<'producerNotIdentified' | 'usccInvalid' | 'regionOutsideProvince'>;
}

const cityCodeOf = (code: string) => `${code.slice(0, 4)}00`;
const inProvince = (p: ProvinceProfile, code: string) => code.slice(0, 2) === p.regionCode.slice(0, 2);

function cityBureau(p: ProvinceProfile, code: string): BureauRef | undefined {
  const b = p.cityBureaus.find((c) => c.code === cityCodeOf(code));
  return b && { code: b.code, name: b.name };
}

interface Producer {
  divisionCode: string;
  via: 'uscc' | 'registry' | 'recall';
}

function identifyProducer(input: RoutingInput, flags: RoutingDecision['flags']): Producer | undefined {
  if (input.producerUscc) {
    const r = parseUscc(input.producerUscc);
    if (r.valid) return { divisionCode: r.divisionCode!, via: 'uscc' };
    flags.push('usccInvalid');
  }
  if (input.registryUscc) {
    const r = parseUscc(input.registryUscc);
    if (r.valid) return { divisionCode: r.divisionCode!, via: 'registry' };
  }
  if (input.recallUscc) {
    const r = parseUscc(input.recallUscc);
    if (r.valid) return { divisionCode: r.divisionCode!, via: 'recall' };
  }
  return undefined;
}

function copyReason(input: RoutingInput, p: ProvinceProfile): string | undefined {
  const when = p.routing.copyToProvinceWhen;
  const hits: string[] = [];
  if (input.injury === 'death' && when.includes('death')) hits.push('造成死亡');
  if (input.injury === 'serious' && when.includes('serious')) hits.push('造成严重伤害');
  if (input.fire && when.includes('fire')) hits.push('引发火灾');
  if (input.largeScope && when.includes('largeScope')) hits.push('涉及范围较大');
  return hits.length ? hits.join('、') : undefined;
}

function primary(
  input: RoutingInput,
  p: ProvinceProfile,
  producer: Producer | undefined,
  flags: RoutingDecision['flags'],
  place: (code: string) => string,
) {
  const province = p.provinceBureau;
  if (producer) {
    const how = {
      uscc: '统一社会信用代码',
      registry: '生产者名录中的统一社会信用代码',
      recall: '已发布召回信息中的统一社会信用代码',
    }[producer.via];
    const where = `生产者${how}显示其登记地在${place(producer.divisionCode)}`;
    if (!inProvince(p, producer.divisionCode)) {
      return { bureau: province, reason: `${where}，注册地在${p.name}外，由${province.name}受理并跨省移送` };
    }
    const city = cityBureau(p, producer.divisionCode);
    if (p.routing.producerInProvince === 'producerCity' && city) {
      return { bureau: city, reason: `${where}，按属地管理由生产者所在地${city.name}处理` };
    }
    return { bureau: province, reason: `${where}，在${p.name}内，按本省规定由${province.name}统一处理` };
  }
  flags.push('producerNotIdentified');
  const unknown = input.producerUscc ? '统一社会信用代码无效，未能识别生产者' : '未能识别生产者';
  const city = inProvince(p, input.regionCode) ? cityBureau(p, input.regionCode) : undefined;
  if (!city) flags.push('regionOutsideProvince');
  if (p.routing.producerUnknown === 'regionCity' && city) {
    return { bureau: city, reason: `${unknown}，按购买或使用地（${place(input.regionCode)}）由${city.name}处理` };
  }
  return { bureau: province, reason: `${unknown}，由${province.name}处理` };
}

function informedCity(input: RoutingInput, p: ProvinceProfile, producer: Producer | undefined): BureauRef | undefined {
  if (p.routing.copyToCity === 'none') return undefined;
  const code = producer && inProvince(p, producer.divisionCode) ? producer.divisionCode : input.regionCode;
  return inProvince(p, code) ? cityBureau(p, code) : undefined;
}

/**
 * `placeOf` names a GB/T 2260 code for the reason people read (the server passes the region table;
 * without it the code itself is shown).
 */
export function routeClue(
  input: RoutingInput,
  profile: ProvinceProfile,
  placeOf: (code: string) => string | undefined = () => undefined,
): RoutingDecision {
  const flags: RoutingDecision['flags'] = [];
  const producer = identifyProducer(input, flags);
  const place = (code: string) => placeOf(code) ?? code;
  const { bureau, reason } = primary(input, profile, producer, flags, place);
  const copiedTo: string[] = [];
  const reasons = [reason];
  const city = informedCity(input, profile, producer);
  if (city && city.code !== bureau.code) {
    copiedTo.push(city.code);
    reasons.push(`同时告知${city.name}`);
  }
  const serious = copyReason(input, profile);
  if (serious && bureau.code !== profile.provinceBureau.code) {
    copiedTo.push(profile.provinceBureau.code);
    reasons.push(`因${serious}，同时报告${profile.provinceBureau.name}`);
  }
  return {
    bureauCode: bureau.code,
    bureauName: bureau.name,
    reason: `${reasons.join('；')}（依据：${profile.basis}）`,
    copiedTo,
    producerIdentified: !!producer,
    flags,
  };
}
