import type { Actor } from '@recall/shared';
import type { Caller } from '../core/auth';
import type { RecallCase } from '../db/entity';

/**
 * Who the caller is to a case. Bureau staff handle their own bureau's cases; province staff
 * supervise every case and handle the ones the province leads; a producer is party to its own
 * cases once it has been notified (a case still being opened is the bureau's alone).
 */
export function actorsFor(caller: Caller, c: RecallCase, provinceCode: string): Actor[] {
  switch (caller.role) {
    case 'bureau':
      return caller.org === c.bureauCode ? ['handler'] : [];
    case 'province':
      return c.bureauCode === provinceCode || caller.org === c.bureauCode ? ['handler', 'province'] : ['province'];
    case 'producer':
      return caller.org === c.producerUscc && c.state !== 'opened' ? ['producer'] : [];
    default:
      return [];
  }
}

export const isStaff = (caller: Caller) => caller.role === 'bureau' || caller.role === 'province';
