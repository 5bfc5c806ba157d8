import sharp from 'sharp';
import { startApp, TestApp } from './support/app';
import { FakeS3 } from './support/fake-s3';
import { phonePhoto } from './support/images';
import { bearer } from './support/users';

/** STORAGE=s3: photos go to the object store (here a local fake speaking the S3 API), stripped. */
let t: TestApp;
const s3 = new FakeS3();

beforeAll(async () => {
  const endpoint = await s3.start();
  t = await startApp({
    STORAGE: 's3',
    S3_ENDPOINT: endpoint,
    S3_BUCKET: 'recall-photos',
    S3_ACCESS_KEY_ID: 'test',
    S3_SECRET_ACCESS_KEY: 'test-secret',
    S3_FORCE_PATH_STYLE: 'true',
  });
});
afterAll(async () => {
  await t.close();
  await s3.stop();
});

test('an upload lands in the bucket as a photo and a thumbnail without EXIF, and is served back', async () => {
  const token = (await t.http().post('/api/auth/dev').send({ deviceId: 's3-device-1' })).body.token;
  const res = await t
    .http()
    .post('/api/uploads')
    .set(bearer(token))
    .attach('file', await phonePhoto(), 'p.jpg');
  expect(res.status).toBe(201);
  const keys = [...s3.objects.keys()];
  expect(keys).toEqual([
    expect.stringMatching(new RegExp(`^/recall-photos/photos/\\d{4}/\\d{2}/${res.body.id}\\.jpg$`)),
    expect.stringMatching(/_t\.jpg$/),
  ]);
  expect((await sharp(s3.objects.get(keys[0])!.body).metadata()).exif).toBeUndefined();
  const img = await t.http().get(res.body.url);
  expect(img.status).toBe(200);
  expect(Buffer.compare(img.body as Buffer, s3.objects.get(keys[0])!.body)).toBe(0);
});
