import { CONSUMER_API } from '@recall/shared';
import { uploadTo } from './client';

/** One photo (JPEG/PNG/WebP, ≤ 10 MB), with upload progress. */
export const uploadPhoto = (file: { path: string; name?: string }, onProgress?: (percent: number) => void) =>
  uploadTo(CONSUMER_API.uploads.upload, file, onProgress);
