// Relevance test set: realistic queries of every kind, each with the recall(s) that must be in
// the top five. Two corpora: the demo recalls (config/demo) and a fixed generated set of 3,000
// recalls (tests/bench/dataset.js's generator, seeded), so ranking is tested among look-alikes.
const { makeRecall, rng } = require('../bench/dataset');

/**
 * Demo recalls: [kind, query, recallNo(s) expected in the top five]. 暖阳 has two 电暖器 recalls
 * (JS2026-0012, JS2026-0110): a query naming only brand or product means both.
 */
const DEMO = [
  ['official name', '打火机', 'HN2022-0817'],
  ['official name', '精品作业本（作文本）', 'HN2022-0906'],
  ['official name', '休闲背包', 'HN2022-0921'],
  ['official name', '电暖器', ['JS2026-0012', 'JS2026-0110']],
  ['official name', '移动电源（充电宝）', 'JS2026-0058'],
  ['official name', '电动自行车充电器', 'JS2026-0107'],
  ['official name', '儿童羽绒服', 'JS2025-0119'],
  ['official name', '多用途插座', 'JS2026-0088'],
  ['official name', '湖南省豪牌电气有限公司召回部分“豪牌”V8、P8型号打火机', 'HN2022-0817'],
  ['official name', '不锈钢保温杯', 'JS2024-0054'],
  ['partial name', '火机', 'HN2022-0817'],
  ['partial name', '作业本', 'HN2022-0906'],
  ['partial name', '背包', 'HN2022-0921'],
  ['partial name', '积木', 'JS2026-0031'],
  ['partial name', '推车', 'JS2026-0045'],
  ['partial name', '羽绒服', 'JS2025-0119'],
  ['partial name', '衣柜', 'JS2026-0066'],
  ['partial name', '餐具', 'JS2026-0080'],
  ['partial name', '软管', 'JS2026-0093'],
  ['partial name', '保温杯', 'JS2024-0054'],
  ['model', 'V8', 'HN2022-0817'],
  ['model', 'NY-2000', 'JS2026-0012'],
  ['model', 'ny2000b', 'JS2026-0110'],
  ['model', 'AB-64', 'JS2026-0031'],
  ['model', 'JD-P20 Pro', 'JS2026-0058'],
  ['model', 'FD-1708', 'JS2025-0107'],
  ['model', 'rn 4820', 'JS2026-0107'],
  ['model', '8523#X', 'HN2022-0921'],
  ['producer short name', '豪牌电气', 'HN2022-0817'],
  ['producer short name', '暖阳电器', ['JS2026-0012', 'JS2026-0110']],
  ['producer short name', '极电科技', 'JS2026-0058'],
  ['producer short name', '丰达电器', 'JS2025-0107'],
  ['producer short name', '安贝儿童用品', 'JS2026-0031'],
  ['producer short name', '彩乐文具', 'US-CPSC-26-045'],
  ['brand alone', '豪牌', 'HN2022-0817'],
  ['brand alone', '暖阳', ['JS2026-0012', 'JS2026-0110']],
  ['brand alone', '极电', 'JS2026-0058'],
  ['brand alone', 'colorjoy', 'US-CPSC-26-045'],
  ['brand alone', '睿能', 'JS2026-0107'],
  ['brand alone', '锦衣童装', 'JS2025-0119'],
  ['brand+product', '豪牌打火机', 'HN2022-0817'],
  ['brand+product', '暖阳电暖器', ['JS2026-0012', 'JS2026-0110']],
  ['brand+product', '优行婴儿推车', 'JS2026-0045'],
  ['brand+product', '丰达电热水壶', 'JS2025-0107'],
  ['brand+product', '福满衣柜', 'JS2026-0066'],
  ['brand+product', '康居燃气软管', 'JS2026-0093'],
  ['brand+product', '洁美电动牙刷', 'JS2026-0115'],
  ['brand+product', '安途平衡车', 'JS2026-0072'],
  ['brand+product', '湘墨牌作业本', 'HN2022-0906'],
  ['spaced/reversed', '豪牌 打火机', 'HN2022-0817'],
  ['spaced/reversed', '打火机豪牌', 'HN2022-0817'],
  ['spaced/reversed', '电暖器 暖阳', ['JS2026-0012', 'JS2026-0110']],
  ['spaced/reversed', '积木安贝', 'JS2026-0031'],
  ['spaced/reversed', '乐途 儿童自行车', 'JS2025-0130'],
  ['spaced/reversed', '插座联创', 'JS2026-0088'],
  ['spaced/reversed', '保温杯 优康', 'JS2024-0054'],
  ['everyday word', '电暖气', ['JS2026-0012', 'JS2026-0110']],
  ['everyday word', '取暖器', ['JS2026-0012', 'JS2026-0110']],
  ['everyday word', '小太阳', ['JS2026-0012', 'JS2026-0110']],
  ['everyday word', '书包', 'HN2022-0921'],
  ['everyday word', '双肩包', 'HN2022-0921'],
  ['everyday word', '充电宝', 'JS2026-0058'],
  ['everyday word', '插线板', 'JS2026-0088'],
  ['everyday word', '排插', 'JS2026-0088'],
  ['everyday word', '烧水壶', 'JS2025-0107'],
  ['everyday word', '宝宝推车', 'JS2026-0045'],
  ['everyday word', '煤气管', 'JS2026-0093'],
  ['everyday word', '小孩衣服', 'JS2025-0119'],
  ['everyday word', '玩具', 'JS2026-0031'],
  ['everyday word', '电瓶车充电器', 'JS2026-0107'],
  ['everyday word', '彩笔', 'US-CPSC-26-045'],
  ['everyday word', '练习本', 'HN2022-0906'],
  ['everyday word', '单车', 'JS2025-0130'],
  ['everyday word', '衣橱', 'JS2026-0066'],
  ['everyday word', '碗筷', 'JS2026-0080'],
  ['everyday word', '保温水杯', 'JS2024-0054'],
  ['everyday word', '文具', 'US-CPSC-26-045'],
  ['brand+everyday word', '极电充电宝', 'JS2026-0058'],
  ['brand+everyday word', '暖阳取暖器', ['JS2026-0012', 'JS2026-0110']],
  ['brand+everyday word', '智帆书包', 'HN2022-0921'],
  ['brand+everyday word', '联创排插', 'JS2026-0088'],
  ['brand+everyday word', '丰达烧水壶', 'JS2025-0107'],
  ['brand+everyday word', '康居煤气管', 'JS2026-0093'],
  ['brand+everyday word', '优行宝宝推车', 'JS2026-0045'],
  ['question', '暖阳电暖器召回了吗', ['JS2026-0012', 'JS2026-0110']],
  ['question', '请问豪牌打火机有没有召回？', 'HN2022-0817'],
  ['question', '查一下极电充电宝是不是被召回了', 'JS2026-0058'],
  ['question', '优行的婴儿推车召回了吗', 'JS2026-0045'],
  ['question', '我家的取暖器有问题吗', ['JS2026-0012', 'JS2026-0110']],
  ['question', '安贝积木是否召回', 'JS2026-0031'],
  ['barcode typed', '6903128001017', 'HN2022-0817'],
  ['barcode typed', '6941023002036', 'JS2026-0110'],
  ['barcode typed', '697654000243', 'US-CPSC-26-045'],
  ['barcode typed', '6960 1230 0020 9', 'JS2026-0058'],
  ['traditional characters', '電暖器', ['JS2026-0012', 'JS2026-0110']],
  ['traditional characters', '暖陽電暖器', ['JS2026-0012', 'JS2026-0110']],
  ['traditional characters', '嬰兒推車', 'JS2026-0045'],
  ['traditional characters', '豪牌打火機', 'HN2022-0817'],
  ['traditional characters', '電熱水壺', 'JS2025-0107'],
  ['traditional characters', '兒童羽絨服', 'JS2025-0119'],
  ['noise', '豪牌打火机 100%正品', 'HN2022-0817'],
  ['noise', '极电充电宝 5V/2A', 'JS2026-0058'],
  ['noise', '“暖阳”电暖器', ['JS2026-0012', 'JS2026-0110']],
  ['noise', '儿童羽绒服 100%纯棉', 'JS2025-0119'],
  ['noise', '电热水壶 1.7L', 'JS2025-0107'],
  ['noise', '优康保温杯 500ml (304不锈钢)', 'JS2024-0054'],
];

/** Everyday words for the generator's product nouns (the names recalls use). */
const EVERYDAY = {
  电暖器: '取暖器',
  取暖器: '电暖气',
  电热水壶: '烧水壶',
  电饭煲: '电饭锅',
  打火机: '点火器',
  移动电源: '充电宝',
  充电器: '充电头',
  插线板: '排插',
  台灯: '护眼灯',
  吹风机: '电吹风',
  电动牙刷: '电牙刷',
  婴儿推车: '宝宝推车',
  儿童座椅: '安全座椅',
  磁力积木: '积木',
  毛绒玩具: '玩偶',
  滑板车: '踏板车',
  平衡车: '体感车',
  自行车: '单车',
  安全头盔: '头盔',
  衣柜: '衣橱',
  书桌: '写字台',
  儿童床: '宝宝床',
  床垫: '席梦思',
  羽绒服: '面包服',
  童装: '小孩衣服',
  保温杯: '保温水杯',
  餐具: '碗筷',
  奶瓶: '喝奶瓶',
  作业本: '练习本',
  文具盒: '铅笔盒',
  水彩笔: '彩笔',
  燃气软管: '煤气管',
  电线电缆: '电线',
  开关插座: '墙壁插座',
  吸顶灯: '灯具',
  电风扇: '电扇',
  空气炸锅: '炸锅',
  榨汁机: '果汁机',
  电烤箱: '烤箱',
  电动车电池: '电瓶',
  剃须刀: '刮胡刀',
  卷发棒: '直发器',
  暖手宝: '电暖宝',
  电热毯: '电褥子',
  足浴盆: '泡脚桶',
  按摩器: '按摩仪',
  加湿器: '喷雾器',
  微波炉: '微烤一体机',
  洗衣机: '滚筒洗衣机',
  跳绳: '跳绳子',
};

const GENERATED_COUNT = 3000;

/** The generated corpus: recalls in the shape the index takes, and their ids. */
function generatedCorpus() {
  const r = rng(7);
  return Array.from({ length: GENERATED_COUNT }, (_, i) => ({
    ...makeRecall(i, r),
    recallNo: `GEN-${String(i + 1).padStart(5, '0')}`,
  }));
}

/** Queries over sampled generated recalls: every one must find its own recall in the top five. */
function generatedCases(corpus, toTraditional) {
  const cases = [];
  const step = Math.floor(corpus.length / 12);
  for (let k = 0; k < 12; k++) {
    const x = corpus[k * step + 3];
    const every = EVERYDAY[x.noun];
    cases.push(['model', x.models[0], x.recallNo]);
    cases.push(['brand+product', `${x.brand}${x.product}`, x.recallNo]);
    cases.push(['spaced/reversed', k % 2 ? `${x.product} ${x.brand}` : `${x.product}${x.brand}`, x.recallNo]);
    if (every) cases.push(['brand+everyday word', `${x.brand}${every}`, x.recallNo]);
    cases.push(['question', `${x.brand}的${x.product}召回了吗`, x.recallNo]);
    cases.push(['barcode typed', x.gtins[0].slice(1), x.recallNo]);
    cases.push(['traditional characters', toTraditional(`${x.brand}${x.product}`), x.recallNo]);
    cases.push(['noise', `${x.brand}${x.noun} 100%正品`, x.recallNo]);
    const short = x.producer.slice(x.producer.indexOf(x.brand)).replace(/有限公司$/, '');
    cases.push(['producer short name', `${short} ${x.noun}`, x.recallNo]);
  }
  // The everyday words the issue names, each with a brand so that one recall is meant.
  for (const noun of [
    '吹风机',
    '电饭煲',
    '插线板',
    '电暖器',
    '移动电源',
    '婴儿推车',
    '安全头盔',
    '儿童座椅',
    '燃气软管',
    '电风扇',
  ]) {
    const x = corpus.find((c) => c.noun === noun && c.product === noun);
    cases.push(['brand+everyday word', `${x.brand}${EVERYDAY[noun]}`, x.recallNo]);
  }
  return cases;
}

module.exports = { DEMO, EVERYDAY, generatedCorpus, generatedCases };
