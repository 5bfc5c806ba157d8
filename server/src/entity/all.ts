/** Every entity, one line each. */
export { AuditLog } from './audit-log.entity';
export { Bureau } from './bureau.entity';
export { Category } from './category.entity';
export { Clue } from './clue.entity';
export { ClueBureau } from './clue-bureau.entity';
export { ClueEvent } from './clue-event.entity';
export { Counter } from './counter.entity';
export { Producer } from './producer.entity';
export { Recall } from './recall.entity';
export { RecallRevision } from './recall-revision.entity';
export { RecallScope } from './recall-scope.entity';
export { Upload } from './upload.entity';
export { User } from './user.entity';
