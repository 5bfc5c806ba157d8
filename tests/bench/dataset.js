// A synthetic but realistic recall dataset for load tests, written straight into MySQL:
// Chinese product names, brands and producers, valid GTINs, models, batches and production
// ranges. Deterministic (seeded), so every run measures the same data.
const mysql = require('mysql2/promise');

const NOUNS = [
  '电暖器',
  '取暖器',
  '电热水壶',
  '电饭煲',
  '打火机',
  '移动电源',
  '充电器',
  '插线板',
  '台灯',
  '吹风机',
  '电动牙刷',
  '婴儿推车',
  '儿童座椅',
  '磁力积木',
  '毛绒玩具',
  '滑板车',
  '平衡车',
  '自行车',
  '安全头盔',
  '衣柜',
  '书桌',
  '儿童床',
  '床垫',
  '羽绒服',
  '童装',
  '保温杯',
  '餐具',
  '奶瓶',
  '作业本',
  '文具盒',
  '水彩笔',
  '跳绳',
  '燃气软管',
  '电线电缆',
  '开关插座',
  '吸顶灯',
  '加湿器',
  '电风扇',
  '空气炸锅',
  '榨汁机',
  '电烤箱',
  '微波炉',
  '洗衣机',
  '电动车电池',
  '剃须刀',
  '卷发棒',
  '暖手宝',
  '电热毯',
  '足浴盆',
  '按摩器',
];
const MODIFIERS = [
  '',
  '智能',
  '便携式',
  '家用',
  '儿童',
  '迷你',
  '多功能',
  '折叠',
  '无线',
  '大容量',
  '静音',
  '节能',
  '商用',
  '车载',
  '恒温',
];
const BRAND_CHARS = '美佳华安康乐优福金宝星天海德恒盛源达鑫荣泰祥瑞丰和顺宏伟嘉诚信通远航新创';
const CITIES = [
  '南京',
  '无锡',
  '徐州',
  '常州',
  '苏州',
  '南通',
  '连云港',
  '淮安',
  '盐城',
  '扬州',
  '镇江',
  '泰州',
  '宿迁',
  '宁波',
  '温州',
  '深圳',
  '东莞',
  '佛山',
  '中山',
  '义乌',
];
const INDUSTRY = ['电器', '科技', '日用品', '婴童用品', '家居', '文体用品', '五金', '服饰', '实业', '电子'];
const CATEGORY_OF = (noun) =>
  /电|灯|充|插|锅|机|器|宝|毯/.test(noun)
    ? '01'
    : /儿童|婴儿|玩具|积木|奶瓶|童/.test(noun)
      ? '02'
      : /柜|桌|床/.test(noun)
        ? '03'
        : /车|头盔/.test(noun)
          ? '05'
          : /服/.test(noun)
            ? '06'
            : /杯|餐具/.test(noun)
              ? '07'
              : /本|笔|文具|跳绳/.test(noun)
                ? '08'
                : /软管|线缆/.test(noun)
                  ? '09'
                  : '04';

function rng(seed) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 4294967296;
}

function gtin(n) {
  const body = `69${String(n).padStart(10, '0')}`;
  const sum = body.split('').reduce((acc, d, i) => acc + Number(d) * (i % 2 ? 3 : 1), 0);
  return `0${body}${(10 - (sum % 10)) % 10}`;
}

function date(r, fromYear, toYear) {
  const y = fromYear + Math.floor(r() * (toYear - fromYear + 1));
  const m = 1 + Math.floor(r() * 12);
  const d = 1 + Math.floor(r() * 28);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function makeRecall(i, r) {
  const noun = NOUNS[Math.floor(r() * NOUNS.length)];
  const product = MODIFIERS[Math.floor(r() * MODIFIERS.length)] + noun;
  const brand = BRAND_CHARS[Math.floor(r() * BRAND_CHARS.length)] + BRAND_CHARS[Math.floor(r() * BRAND_CHARS.length)];
  const producer = `${CITIES[Math.floor(r() * CITIES.length)]}${brand}${INDUSTRY[Math.floor(r() * INDUSTRY.length)]}有限公司`;
  const letters = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
  const models = [
    ...new Set(
      Array.from(
        { length: 1 + Math.floor(r() * 2) },
        () => `${letters[Math.floor(r() * 24)]}${letters[Math.floor(r() * 24)]}-${100 + Math.floor(r() * 9900)}`,
      ),
    ),
  ];
  const gtins = Array.from({ length: 1 + Math.floor(r() * 2) }, (_, k) => gtin(i * 3 + k));
  const batches =
    r() < 0.75
      ? Array.from(
          { length: 4 + Math.floor(r() * 11) },
          (_, k) => `${models[0].slice(0, 2)}${2400 + k}${Math.floor(r() * 90 + 10)}`,
        )
      : [];
  const from = r() < 0.6 ? date(r, 2018, 2025) : null;
  const to = from ? `${Number(from.slice(0, 4)) + 1}${from.slice(4)}` : null;
  const start = date(r, 2015, 2026);
  return { i, noun, product, brand, producer, models, gtins, batches, from, to, start, category: CATEGORY_OF(noun) };
}

/** Inserts `count` recalls and their scope rows; returns the samples the load test queries with. */
async function generate(dbUrl, count, seed = 42) {
  const c = await mysql.createConnection({ uri: dbUrl, multipleStatements: false });
  const r = rng(seed);
  const samples = { gtinHits: [], checks: [], brandProduct: [] };
  let scopeRows = 0;
  const CHUNK = 1000;
  for (let startAt = 0; startAt < count; startAt += CHUNK) {
    const recalls = [];
    const scope = [];
    for (let i = startAt; i < Math.min(count, startAt + CHUNK); i++) {
      const x = makeRecall(i, r);
      const id = i + 1;
      recalls.push([
        id,
        `BENCH-${String(id).padStart(6, '0')}`,
        `${x.producer}召回部分${x.brand}牌${x.product}`,
        x.producer,
        null,
        x.product,
        x.brand,
        x.category,
        JSON.stringify(x.models),
        JSON.stringify(x.gtins),
        JSON.stringify(x.batches),
        x.from,
        x.to,
        100 + Math.floor(r() * 50000),
        `部分${x.product}存在设计缺陷。`,
        '可能造成人身伤害或财产损失。',
        '免费更换或退货退款。',
        'replace',
        '400-000-0000',
        null,
        x.start,
        r() < 0.7 ? 'ongoing' : 'completed',
        0,
        'import',
        0,
        1,
        id,
      ]);
      for (const g of x.gtins) scope.push([id, 'gtin', g]);
      for (const m of x.models) scope.push([id, 'model', m.toLowerCase().replace(/[^a-z0-9]/g, '')]);
      for (const b of x.batches) scope.push([id, 'batch', b.toLowerCase()]);
      if (i % 500 === 0) {
        samples.gtinHits.push(x.gtins[0].slice(1));
        samples.checks.push({ gtin: x.gtins[0].slice(1), batch: x.batches[0], productionDate: x.from ?? undefined });
        samples.brandProduct.push(`${x.brand}${x.product}`);
      }
    }
    await c.query(
      'INSERT INTO recall (id, recallNo, title, producerName, producerUscc, productName, brand, categoryCode, models, gtins, batches, productionFrom, productionTo, quantity, defect, consequence, remedy, remedyType, contactPhone, remedyChannels, startDate, status, withdrawn, source, demo, version, changeSeq) VALUES ?',
      [recalls],
    );
    await c.query('INSERT INTO recall_scope (recallId, kind, value) VALUES ?', [scope]);
    scopeRows += scope.length;
  }
  await c.query("UPDATE counter SET value = ? WHERE name = 'recall'", [count]);
  await c.end();
  return { samples, scopeRows };
}

/** Keyword samples: 2- and 4-character substrings of the vocabulary users would type. */
function keywordSamples() {
  const two = new Set();
  const four = new Set();
  for (const n of NOUNS) {
    const chars = Array.from(n);
    for (let i = 0; i + 2 <= chars.length; i++) two.add(chars.slice(i, i + 2).join(''));
    if (chars.length >= 4) four.add(chars.slice(0, 4).join(''));
  }
  for (const m of MODIFIERS.filter((x) => x.length === 2))
    for (const n of NOUNS.filter((x) => x.length === 2)) four.add(m + n);
  return { two: [...two], four: [...four], everyday: EVERYDAY_WORDS };
}

/** Words people type for the products, not the names recalls use (found through the thesaurus). */
const EVERYDAY_WORDS = [
  '取暖器',
  '小太阳',
  '充电宝',
  '排插',
  '插线板',
  '电吹风',
  '电饭锅',
  '书包',
  '烧水壶',
  '宝宝推车',
  '单车',
  '电扇',
  '煤气管',
  '刮胡刀',
  '电瓶',
  '玩具',
];

module.exports = { generate, keywordSamples, makeRecall, rng, NOUNS };
