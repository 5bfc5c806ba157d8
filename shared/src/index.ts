import { z } from 'zod';

// Messages zod writes by itself (wrong types, missing fields) are read by users: Chinese, everywhere.
z.config(z.locales.zhCN());

export * from './enums';
export * from './pages';
export * from './domain/dates';
export * from './domain/gtin';
export * from './domain/uscc';
export * from './domain/workingDays';
export * from './domain/province';
export * from './domain/profiles';
export * from './domain/routing';
export * from './domain/search';
export * from './domain/scan';
export * from './domain/unitScope';
export * from './domain/mask';
export * from './schemas/fields';
export * from './schemas/common';
export * from './schemas/auth';
export * from './schemas/recall';
export * from './schemas/clue';
export * from './domain/workflow';
export * from './domain/deadlines';
export * from './documents/fields';
export * from './documents/forms';
export * from './documents/pressRelease';
export * from './schemas/case';
export * from './schemas/participation';
export * from './notify/subscribe';
export * from './notify/kinds';
export * from './schemas/message';
export * from './api/route';
export * from './api/schemas';
export * from './api/table';
