import fs from 'fs';
import path from 'path';
import type { Readable } from 'stream';

/** Where photo bytes live. Local disk by default; an object store (S3-compatible) in production. */
export interface PhotoStorage {
  put(key: string, data: Buffer, contentType: string): Promise<void>;
  read(key: string): Promise<Readable>;
}

/** Files under DATA_DIR/uploads, written to a temp name and renamed so a crash never leaves half a photo. */
export class LocalDiskStorage implements PhotoStorage {
  constructor(private readonly root: string) {
    fs.mkdirSync(root, { recursive: true });
  }

  private file(key: string): string {
    if (!/^[\w/.-]+$/.test(key) || key.includes('..')) throw new Error(`bad storage key ${key}`);
    return path.join(this.root, key);
  }

  async put(key: string, data: Buffer): Promise<void> {
    const target = this.file(key);
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    const tmp = `${target}.${process.pid}.tmp`;
    const handle = await fs.promises.open(tmp, 'w');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.promises.rename(tmp, target);
  }

  async read(key: string): Promise<Readable> {
    const file = this.file(key);
    await fs.promises.access(file);
    return fs.createReadStream(file);
  }
}
