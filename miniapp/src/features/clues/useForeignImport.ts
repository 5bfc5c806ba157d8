import Taro from '@tarojs/taro';
import { useState } from 'react';
import { STAFF_API, type ForeignRecallFormat, type TForeignRecallImportResponse } from '@recall/shared/staff';
import { call } from '../../services/client';
import { ApiError, errorMessage } from '../../services/errors';
import { pickFile, type PickedFile } from '../../services/filePicker';
import { isWeapp } from '../../utils/env';

/** The request body's limit (ZForeignRecallImportRequest): larger files are split before importing. */
const MAX_BYTES = 900_000;
/** What each publisher's download is: JSON for all; Safety Gate's weekly report also as XML. */
export const FOREIGN_FILE_TYPES: Record<ForeignRecallFormat, string[]> = {
  cpsc: ['json'],
  safetyGate: ['xml', 'json'],
  healthCanada: ['json'],
};

/** The picked file's text: WeChat reads its temp path, the browser its blob: URL. */
function readText(file: PickedFile): Promise<string> {
  if (!isWeapp()) return fetch(file.path).then((r) => r.text());
  return new Promise((resolve, reject) =>
    Taro.getFileSystemManager().readFile({
      filePath: file.path,
      encoding: 'utf8',
      success: (r) => resolve(String(r.data)),
      fail: () => reject(new ApiError(0, 'READ_FILE', '无法读取所选文件，请重新选择')),
    }),
  );
}

/**
 * 导入国外召回: choose the publisher's format, pick its file, send its text to
 * POST /api/foreign-recalls/import and keep the answer (each record: new clue, earlier clue, no match).
 */
export function useForeignImport() {
  const [format, setFormat] = useState<ForeignRecallFormat>('cpsc');
  const [file, setFile] = useState<PickedFile | null>(null);
  const [result, setResult] = useState<TForeignRecallImportResponse | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);

  const choose = (f: ForeignRecallFormat) => {
    if (uploading || f === format) return;
    setFormat(f);
    setFile(null);
    setResult(null);
    setError(null);
  };

  const pick = async () => {
    if (uploading) return;
    setError(null);
    try {
      const picked = await pickFile(FOREIGN_FILE_TYPES[format]);
      if (!picked) return;
      const types = FOREIGN_FILE_TYPES[format];
      if (!types.some((t) => picked.name.toLowerCase().endsWith(`.${t}`))) {
        setError(`请选择 ${types.map((t) => `.${t}`).join(' 或 ')} 文件`);
      } else if (picked.size === 0) setError('所选文件是空的，请检查后重新选择');
      else if (picked.size > MAX_BYTES) setError('文件不能超过 900 KB，请分成几个文件导入');
      else {
        setFile(picked);
        setResult(null);
      }
    } catch (err) {
      setError(errorMessage(err));
    }
  };

  const upload = async () => {
    if (!file || uploading) return;
    setUploading(true);
    setError(null);
    try {
      const content = await readText(file);
      setResult(await call(STAFF_API.foreignRecalls.import, { body: { format, fileName: file.name, content } }));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setUploading(false);
    }
  };

  return { format, choose, file, result, error, uploading, pick, upload };
}
