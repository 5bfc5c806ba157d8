import { AuditLog } from './audit-log.entity';
import { Bureau } from './bureau.entity';
import { Category } from './category.entity';
import { Counter } from './counter.entity';
import { Producer } from './producer.entity';
import { Recall } from './recall.entity';
import { RecallRevision } from './recall-revision.entity';
import { RecallScope } from './recall-scope.entity';
import { User } from './user.entity';

export { AuditLog, Bureau, Category, Counter, Producer, Recall, RecallRevision, RecallScope, User };
export const ENTITIES = [AuditLog, Bureau, Category, Counter, Producer, Recall, RecallRevision, RecallScope, User];
