import type { TRecallImportResult } from '@recall/shared';
import { importRecalls } from './importApi';
import { useFileImport } from '../../hooks/useFileImport';

/**
 * Staff recall import: pick one .jsonl file (one recall per line), upload it to
 * POST /api/recalls/import, and keep the server's answer (imported / updated / unchanged and each
 * rejected line with its reason).
 */
export function useRecallImport() {
  return useFileImport<TRecallImportResult>({
    extensions: ['jsonl'],
    wrongType: '请选择 .jsonl 格式的文件（每行一条召回记录）',
    send: importRecalls,
  });
}
