import { z } from 'zod';
import * as shared from '../src/node';
import { lazySchema } from '../src/schemas/lazyProxy';

describe('lazySchema in the miniapp (lazyProxy)', () => {
  it('builds the schema at its first use, once', () => {
    const build = jest.fn(() => z.object({ id: z.number().int() }));
    const schema = lazySchema(build);
    expect(build).not.toHaveBeenCalled();
    expect(schema.parse({ id: 3 })).toEqual({ id: 3 });
    expect(schema.safeParse({ id: 'x' }).success).toBe(false);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('stands for the schema inside other schemas, in checks and in derived schemas', () => {
    const item = lazySchema(() => z.object({ name: z.string().min(1, { error: '请填写名称' }) }));
    const page = lazySchema(() => z.object({ items: z.array(item) }));
    const withTotal = lazySchema(() => page.extend({ total: z.number() }));
    expect(withTotal.parse({ items: [{ name: 'a' }], total: 1 })).toEqual({ items: [{ name: 'a' }], total: 1 });
    expect(withTotal.safeParse({ items: [{ name: '' }], total: 1 }).error?.issues[0].message).toBe('请填写名称');
    expect(item instanceof z.ZodObject).toBe(true);
    expect(Object.keys(item.shape)).toEqual(['name']);
    expect(item.optional().parse(undefined)).toBeUndefined();
  });
});

describe('every schema of the package', () => {
  // Built lazily in the miniapp, a mistake in a schema would otherwise show only when the route is first used there.
  const schemas = Object.entries(shared).filter(
    ([name, v]) => /^[zZ][A-Z]/.test(name) && typeof v === 'object' && v !== null,
  );

  it.each(schemas)('%s builds', (_, schema) => {
    expect((schema as z.ZodType)._zod.def.type).toEqual(expect.any(String));
  });
});
