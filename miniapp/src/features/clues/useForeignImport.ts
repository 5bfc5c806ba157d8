import Taro from '@tarojs/taro';
import { useState } from 'react';
import { STAFF_API, type ForeignRecallFormat, type TForeignRecallImportResponse } from '@recall/shared/staff';
import { call } from '../../services/client';
import { ApiError } from '../../services/errors';
import type { PickedFile } from '../../services/filePicker';
import { useFileImport } from '../../hooks/useFileImport';
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
  const types = FOREIGN_FILE_TYPES[format];
  const im = useFileImport<TForeignRecallImportResponse>({
    extensions: types,
    wrongType: `请选择 ${types.map((t) => `.${t}`).join(' 或 ')} 文件`,
    maxBytes: { bytes: MAX_BYTES, message: '文件不能超过 900 KB，请分成几个文件导入' },
    send: async (file) => {
      const content = await readText(file);
      return call(STAFF_API.foreignRecalls.import, { body: { format, fileName: file.name, content } });
    },
  });

  /** Another publisher: its file types differ, so what was picked or imported is cleared. */
  const choose = (f: ForeignRecallFormat) => {
    if (im.uploading || f === format) return;
    setFormat(f);
    im.reset();
  };

  return { ...im, format, choose };
}
