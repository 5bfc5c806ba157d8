import { collectGarbage } from '../src/core/collect-garbage';

// After the search index's bulk load at start, what the load left behind is collected at once.
test('garbage is collected when asked, not when the heap next fills', async () => {
  const left = new WeakRef(Array.from({ length: 100_000 }, (_, id) => ({ id, productName: `产品${id}` })));
  // A WeakRef keeps its target until the current job ends.
  await new Promise((r) => setImmediate(r));
  collectGarbage();
  expect(left.deref()).toBeUndefined();
});
