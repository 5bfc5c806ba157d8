import { AuditLog } from './audit-log.entity';
import { Bureau } from './bureau.entity';
import { Category } from './category.entity';
import { Clue } from './clue.entity';
import { ClueBureau } from './clue-bureau.entity';
import { ClueEvent } from './clue-event.entity';
import { Counter } from './counter.entity';
import { Producer } from './producer.entity';
import { Recall } from './recall.entity';
import { RecallRevision } from './recall-revision.entity';
import { RecallScope } from './recall-scope.entity';
import { Upload } from './upload.entity';
import { User } from './user.entity';

export {
  AuditLog,
  Bureau,
  Category,
  Clue,
  ClueBureau,
  ClueEvent,
  Counter,
  Producer,
  Recall,
  RecallRevision,
  RecallScope,
  Upload,
  User,
};
export const ENTITIES = [
  AuditLog,
  Bureau,
  Category,
  Clue,
  ClueBureau,
  ClueEvent,
  Counter,
  Producer,
  Recall,
  RecallRevision,
  RecallScope,
  Upload,
  User,
];
