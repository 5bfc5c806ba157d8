import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Readable } from 'stream';
import type { PhotoStorage } from './storage';

export interface S3Options {
  endpoint?: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Path-style URLs (MinIO and most self-hosted stores); virtual-hosted style otherwise (COS, OSS, S3). */
  forcePathStyle: boolean;
}

/** Photos in an S3-compatible object store (Tencent COS, Aliyun OSS, MinIO, AWS S3). */
export class S3Storage implements PhotoStorage {
  private client: S3Client;

  constructor(private readonly o: S3Options) {
    this.client = new S3Client({
      endpoint: o.endpoint,
      region: o.region,
      forcePathStyle: o.forcePathStyle,
      credentials: { accessKeyId: o.accessKeyId, secretAccessKey: o.secretAccessKey },
    });
  }

  async put(key: string, data: Buffer, contentType: string): Promise<void> {
    await this.client.send(
      new PutObjectCommand({ Bucket: this.o.bucket, Key: key, Body: data, ContentType: contentType }),
    );
  }

  async read(key: string): Promise<Readable> {
    const res = await this.client.send(new GetObjectCommand({ Bucket: this.o.bucket, Key: key }));
    return res.Body as Readable;
  }
}
