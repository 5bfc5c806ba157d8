import { useState } from 'react';
import type { TRecallImportResult } from '@recall/shared';
import { importRecalls } from './importApi';
import { errorMessage } from '../../services/errors';
import { pickFile, type PickedFile } from '../../services/filePicker';

const EXTENSION = 'jsonl';

/**
 * Staff recall import: pick one .jsonl file (one recall per line), upload it to
 * POST /api/recalls/import, and keep the server's answer (imported / updated / unchanged and each
 * rejected line with its reason).
 */
export function useRecallImport() {
  const [file, setFile] = useState<PickedFile | null>(null);
  const [result, setResult] = useState<TRecallImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);

  const pick = async () => {
    if (uploading) return;
    setError(null);
    try {
      const picked = await pickFile(EXTENSION);
      if (!picked) return;
      if (!picked.name.toLowerCase().endsWith(`.${EXTENSION}`)) {
        setError('请选择 .jsonl 格式的文件（每行一条召回记录）');
        return;
      }
      if (picked.size === 0) {
        setError('所选文件是空的，请检查后重新选择');
        return;
      }
      setFile(picked);
      setResult(null);
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  const upload = async () => {
    if (!file || uploading) return;
    setUploading(true);
    setError(null);
    try {
      setResult(await importRecalls(file));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setUploading(false);
    }
  };

  const reset = () => {
    setFile(null);
    setResult(null);
    setError(null);
  };

  return { file, result, error, uploading, pick, upload, reset };
}
