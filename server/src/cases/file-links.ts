import { Config, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { sign, verifySignature } from '../core/crypto';
import { ApiError } from '../core/errors';
import type { Env } from '../core/env';

const TTL_S = 3600;

/**
 * Signed, expiring links to documents and dossiers: WeChat's downloadFile and a browser's
 * download cannot be relied on to send a bearer token, so the link itself carries the right,
 * given only to those who may see the case.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class FileLinks {
  @Config('env')
  env!: Env;

  document(id: number, now = Date.now()): string {
    return this.make(`/api/documents/${id}.docx`, `doc:${id}`, now);
  }

  dossier(caseId: number, now = Date.now()): string {
    return this.make(`/api/cases/${caseId}/dossier.zip`, `dossier:${caseId}`, now);
  }

  /** An evidence file kept with a case record. */
  recordFile(id: string, now = Date.now()): string {
    return this.make(`/api/record-files/${id}`, `recfile:${id}`, now);
  }

  /** The 现场检查笔录 of an inspection record. */
  recordDocx(id: number, now = Date.now()): string {
    return this.make(`/api/case-records/${id}/record.docx`, `record:${id}`, now);
  }

  verify(subject: string, exp: number, sig: string): void {
    if (!(exp > Date.now() / 1000) || !verifySignature(this.env.JWT_SECRET, `${subject}:${exp}`, sig)) {
      throw new ApiError(403, 'LINK_EXPIRED', '下载链接已失效，请回到案件页面重新下载');
    }
  }

  private make(path: string, subject: string, now: number): string {
    const exp = Math.floor(now / 1000) + TTL_S;
    return `${path}?exp=${exp}&sig=${sign(this.env.JWT_SECRET, `${subject}:${exp}`)}`;
  }
}
