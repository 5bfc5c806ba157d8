import { Foundation1764000000000 } from './1764000000000-foundation';

/** Every migration, in order. Applied at start (migrationsRun). */
export const MIGRATIONS = [Foundation1764000000000];
