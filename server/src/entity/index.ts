import { AuditLog } from './audit-log.entity';
import { Bureau } from './bureau.entity';
import { Category } from './category.entity';
import { Producer } from './producer.entity';
import { User } from './user.entity';

export { AuditLog, Bureau, Category, Producer, User };
export const ENTITIES = [AuditLog, Bureau, Category, Producer, User];
