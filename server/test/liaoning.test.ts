import { startApp } from './support/app';

test('a Liaoning deployment loads Liaoning bureaus', async () => {
  const t = await startApp({ PROVINCE: 'liaoning' });
  try {
    const res = await t.http().get('/api/bureaus');
    expect(res.body.items).toHaveLength(15);
    expect(res.body.items[0].name).toBe('辽宁省市场监督管理局');
  } finally {
    await t.close();
  }
});
