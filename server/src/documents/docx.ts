import { Document, Packer } from 'docx';
import { DOC_TYPES, docMeta, isLegalAct, isNumberedDoc, type DocumentSet } from '@recall/shared';
import { actBlocks, reviewBlocks } from './decisions';
import { noticeBlocks } from './notices';
import { BODY_SIZE, Block, FANGSONG, PAGE } from './parts';
import { formBlocks, pressReleaseBlocks } from './producer';
import { receiptBlocks } from './receipt';
import type { DocRenderInput } from './types';

export type { DocRenderInput } from './types';

/**
 * Renders a workflow document (附件1–10 of 苏市监规〔2025〕8号, 异议书面说明, the acts) as DOCX,
 * laid out like its template: A4, 仿宋 body and 宋体 title (fonts named, not embedded). Titles and
 * the rules cited are those of the province's set (`input.docs`, the profile's `documents`).
 */
export async function renderDocx(input: DocRenderInput): Promise<Buffer> {
  const doc = new Document({
    creator: DOC_TYPES[input.type].party === 'bureau' ? input.bureauName : input.producerName,
    title: docMeta(input.docs, input.type).title,
    styles: {
      default: {
        document: {
          run: { font: FANGSONG, size: BODY_SIZE },
          paragraph: { spacing: { line: 360 } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
          },
        },
        children: blocks(input),
      },
    ],
  });
  return Packer.toBuffer(doc);
}

function blocks(input: DocRenderInput): Block[] {
  const { type } = input;
  if (isNumberedDoc(type)) return noticeBlocks({ ...input, type });
  if (isLegalAct(type)) return actBlocks({ ...input, type });
  if (type === 'plan_review') return reviewBlocks(input);
  if (type === 'receipt') return receiptBlocks(input);
  if (type === 'press_release') return pressReleaseBlocks(input);
  return formBlocks(input);
}

/**
 * e.g. '附件4-消费品召回通知书-苏州市市场监督管理局召回通知〔2026〕3号.docx': no path separators or
 * reserved characters. Titled as in the province's set; without one, as the workflow names them.
 */
export function docxFileName(
  input: Pick<DocRenderInput, 'type' | 'docNo' | 'issuedOn'> & { docs?: DocumentSet },
): string {
  const meta = input.docs ? docMeta(input.docs, input.type) : DOC_TYPES[input.type];
  const parts = [meta.annex ? `附件${meta.annex}` : null, meta.title, input.docNo || input.issuedOn];
  const name = parts
    .filter(Boolean)
    .join('-')
    .replace(/\s+/g, '')
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, '_')
    .replace(/^\.+/, '')
    .slice(0, 150);
  return `${name}.docx`;
}
