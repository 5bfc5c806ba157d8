import fc from 'fast-check';
import { isChineseGtin, isValidGtin, normalizeGtin } from '../src';

describe('isValidGtin', () => {
  test.each([
    ['6901234567892', true, 'EAN-13 with a Chinese prefix'],
    ['6901234567891', false, 'EAN-13 with a wrong check digit'],
    ['4006381333931', true, 'EAN-13'],
    ['036000291452', true, 'UPC-A'],
    ['036000291453', false, 'UPC-A with a wrong check digit'],
    ['96385074', true, 'GTIN-8'],
    ['10012345678902', true, 'GTIN-14'],
    ['690123456789', false, '12 digits that are not a valid UPC-A'],
    ['69012345678', false, '11 digits'],
    ['690123456789a', false, 'a letter'],
    ['', false, 'empty'],
    [' 6901234567892', false, 'leading space'],
  ])('%s → %s (%s)', (code, expected) => {
    expect(isValidGtin(code)).toBe(expected);
  });

  test('a single changed digit is always detected', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{12}$/),
        fc.integer({ min: 0, max: 11 }),
        fc.integer({ min: 1, max: 9 }),
        (body, pos, delta) => {
          const check = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].find((d) => isValidGtin(body + d))!;
          const digits = (body + check).split('').map(Number);
          digits[pos] = (digits[pos] + delta) % 10;
          return !isValidGtin(digits.join(''));
        },
      ),
    );
  });
});

describe('normalizeGtin', () => {
  test('UPC-A and its EAN-13 form are the same product', () => {
    expect(normalizeGtin('036000291452')).toBe(normalizeGtin('0036000291452'));
    expect(normalizeGtin('6901234567892')).toBe('06901234567892');
  });
  test.each([
    ['6901234567892', true],
    ['4006381333931', false],
  ])('isChineseGtin(%s) = %s', (code, expected) => expect(isChineseGtin(code)).toBe(expected));
});
