import { useState } from 'react';
import { errorMessage } from '../services/errors';
import { pickFile, type PickedFile } from '../services/filePicker';

interface FileImportOptions<R> {
  /** The file types offered and accepted (extensions without the dot). */
  extensions: string[];
  /** What to say when another type is picked. */
  wrongType: string;
  /** The request's limit in bytes, and what to say over it; none when the server streams the file. */
  maxBytes?: { bytes: number; message: string };
  /** Sends the picked file and answers the server's result. */
  send: (file: PickedFile) => Promise<R>;
}

/**
 * A staff file import: pick one file (checked for type, emptiness and size before anything is
 * sent), upload it, and keep the server's answer or the error to show; `reset` starts over.
 */
export function useFileImport<R>({ extensions, wrongType, maxBytes, send }: FileImportOptions<R>) {
  const [file, setFile] = useState<PickedFile | null>(null);
  const [result, setResult] = useState<R | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);

  const problemOf = (picked: PickedFile): string | null => {
    const name = picked.name.toLowerCase();
    if (!extensions.some((t) => name.endsWith(`.${t}`))) return wrongType;
    if (picked.size === 0) return '所选文件是空的，请检查后重新选择';
    if (maxBytes && picked.size > maxBytes.bytes) return maxBytes.message;
    return null;
  };

  const pick = async () => {
    if (uploading) return;
    setError(null);
    try {
      const picked = await pickFile(extensions);
      if (!picked) return;
      const problem = problemOf(picked);
      if (problem) return setError(problem);
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
      setResult(await send(file));
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
