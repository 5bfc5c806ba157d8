import path from 'path';
import { describeDatabase } from '../src/core/db-options';

/** What `npm start` and `npm run admin` print about the database they use. */
test('SQLite is named by its absolute file, MySQL by its URL without the password', () => {
  expect(describeDatabase({ DATA_DIR: './somewhere' })).toBe(
    `SQLite 文件 ${path.resolve('somewhere', 'recall.sqlite')}`,
  );
  expect(describeDatabase({ DATA_DIR: './data', DB_URL: 'mysql://recall:s3cret@db.internal:3306/recall' })).toBe(
    'MySQL mysql://recall@db.internal:3306/recall',
  );
});
