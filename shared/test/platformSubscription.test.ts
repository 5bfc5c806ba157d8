import { subscriptionMatches, type SubscribedRecall } from '../src/domain/platformSubscription';
import { ZPlatformSubscription } from '../src/schemas/platform';

const recall: SubscribedRecall = {
  categoryCode: '02',
  gtins: ['06901234567892'],
  brand: 'ＮｕａｎＹａｎｇ 暖阳',
  producerName: '苏州暖阳电器有限公司',
  producerUscc: '91320505MA1WE2E3XT',
};
const sub = (s: object) => ZPlatformSubscription.parse(s);

test.each([
  ['everything', { all: true }, true],
  ['nothing listed', {}, false],
  ['its category', { categories: ['02'] }, true],
  ['another category', { categories: ['01'] }, false],
  ['a GTIN prefix', { gtinPrefixes: ['690123'] }, true],
  ['another GTIN prefix', { gtinPrefixes: ['691'] }, false],
  ['a GTIN prefix of the stored GTIN-14 form', { gtinPrefixes: ['0690'] }, true],
  ['its brand, normalised', { brands: ['nuanyang 暖阳'] }, true],
  ['another brand', { brands: ['冷风'] }, false],
  ['its producer by name', { producers: ['苏州暖阳电器有限公司'] }, true],
  ['its producer by USCC in lower case', { producers: ['91320505ma1we2e3xt'] }, true],
  ['another producer', { producers: ['无锡某公司'] }, false],
])('a subscription to %s matches: %s', (_label, s, want) => {
  expect(subscriptionMatches(sub(s), recall)).toBe(want);
});
