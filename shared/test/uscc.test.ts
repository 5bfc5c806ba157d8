import fc from 'fast-check';
import { parseUscc, usccCheckCharacter } from '../src';
import { uscc } from './helpers';

describe('parseUscc (GB 32100-2015)', () => {
  test.each([
    ['91110000802100433B', true, '110000'],
    ['91440300708461136T', true, '440300'],
    ['91350100M000100Y43', true, '350100'],
    [uscc('320583'), true, '320583'],
    [uscc('320583').toLowerCase(), true, '320583'],
    ['91110000802100433C', false, undefined],
    ['91110000802100433', false, undefined],
    ['91110000802100433BB', false, undefined],
    ['9111000080210043IB', false, undefined],
    ['', false, undefined],
  ])('%s → valid %s, division %s', (code, valid, division) => {
    const r = parseUscc(code);
    expect(r.valid).toBe(valid);
    expect(r.divisionCode).toBe(division);
    if (!valid) expect(r.reason).toMatch(/统一社会信用代码/);
  });

  test('a check character of 0 is accepted (stdnum rejects these)', () => {
    const org = ['MA1XY2W3K', 'MA1XY2W3L', 'MA1XY2W3M', 'MA1XY2W3N', 'MA1XY2W3P', 'MA1XY2W3Q', 'MA1XY2W3R']
      .flatMap((o) => Array.from({ length: 31 }, (_, i) => o.slice(0, 8) + '0123456789ABCDEFGHJKLMNPQRTUWXY'[i]))
      .find((o) => usccCheckCharacter(`91320100${o}`) === '0')!;
    expect(org).toBeDefined();
    expect(parseUscc(`91320100${org}0`)).toEqual({ valid: true, divisionCode: '320100' });
  });

  test('any single changed character is detected', () => {
    const charset = '0123456789ABCDEFGHJKLMNPQRTUWXY';
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 17 }), fc.integer({ min: 1, max: 30 }), (pos, delta) => {
        const code = uscc('320583').split('');
        code[pos] = charset[(charset.indexOf(code[pos]) + delta) % 31];
        return !parseUscc(code.join('')).valid;
      }),
    );
  });
});
