import { usccOf } from './cases';

/** A consumer's report as POST /api/clues takes it (a heater of a Suzhou producer), `patch` over it. */
export const clueReport = (patch: object = {}) => ({
  categoryCode: '01',
  productName: '电暖器',
  brand: '暖阳',
  model: 'NY-2000',
  gtin: '6901234567892',
  producerName: '苏州暖阳电器有限公司',
  producerUscc: usccOf('320505'),
  description: '使用半小时后外壳发烫冒烟。',
  injury: 'none',
  regionCode: '320505',
  contact: { name: '张三', phone: '13812345678', address: '苏州市虎丘区竹园路 209 号' },
  photoIds: [],
  ...patch,
});
