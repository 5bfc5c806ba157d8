import { matchBody } from '../../src/features/clues/useCoveringRecalls';

const empty = { gtin: '', brand: '', model: '', productName: '' };

describe('when the report form asks whether the product is already under recall', () => {
  test('a valid bar code is enough', () => {
    expect(matchBody({ ...empty, gtin: '6960123 000209' })).toEqual({ gtin: '6960123000209' });
  });

  test('a brand with a model or a product name', () => {
    expect(matchBody({ ...empty, brand: ' 极电 ', model: 'JD-P20' })).toEqual({ brand: '极电', model: 'JD-P20' });
    expect(matchBody({ ...empty, brand: '极电', productName: '充电宝' })).toEqual({
      brand: '极电',
      productName: '充电宝',
    });
  });

  test('too little typed, or a bar code still being typed: no question yet', () => {
    expect(matchBody(empty)).toBeNull();
    expect(matchBody({ ...empty, brand: '极电' })).toBeNull();
    expect(matchBody({ ...empty, model: 'JD-P20', productName: '充电宝' })).toBeNull();
    expect(matchBody({ ...empty, gtin: '696012300020' })).toBeNull();
  });
});
