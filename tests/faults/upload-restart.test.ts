import sharp from 'sharp';
import { Db, freshDb, RunningServer, startServer } from '../support/server';

/**
 * Nothing acknowledged is lost: a photo upload answered 201 survives the server being killed
 * (SIGKILL) before the report is submitted; after a restart the report with that photo goes in.
 */
let db: Db;
let server: RunningServer | undefined;

beforeAll(async () => {
  db = await freshDb('fault_upload');
});
afterAll(async () => {
  await server?.stop();
  await db.drop();
});

const json = async (res: Response) => ({ status: res.status, body: await res.json() });

test('killed between upload and submit: the acknowledged photo is still there', async () => {
  server = await startServer(db.env);
  const login = await json(
    await fetch(`${server.url}/api/auth/dev`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ deviceId: 'fault-device-1' }),
    }),
  );
  const auth = { Authorization: `Bearer ${login.body.token}` };
  const photo = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#c33' } })
    .jpeg()
    .toBuffer();
  const form = new FormData();
  form.append('file', new Blob([photo], { type: 'image/jpeg' }), 'p.jpg');
  const uploaded = await json(await fetch(`${server.url}/api/uploads`, { method: 'POST', headers: auth, body: form }));
  expect(uploaded.status).toBe(201);

  await server.kill();
  server = await startServer(db.env);

  const clue = {
    categoryCode: '01',
    productName: '电暖器',
    brand: '暖阳',
    description: '插头发烫冒烟',
    injury: 'none',
    regionCode: '320505',
    contact: { name: '张三', phone: '13812345678', address: '苏州市虎丘区某路 1 号' },
    photoIds: [uploaded.body.id],
  };
  const submitted = await json(
    await fetch(`${server.url}/api/clues`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json', 'Idempotency-Key': 'fault-key-0001' },
      body: JSON.stringify(clue),
    }),
  );
  expect(submitted.status).toBe(201);
  const view = await json(await fetch(`${server.url}/api/clues/${submitted.body.id}`, { headers: auth }));
  expect(view.body.photos).toHaveLength(1);
  const img = await fetch(`${server.url}${view.body.photos[0].url}`);
  expect(img.status).toBe(200);
  expect((await sharp(Buffer.from(await img.arrayBuffer())).metadata()).width).toBe(640);
});
