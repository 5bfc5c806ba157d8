/**
 * The staff workspaces' entry (`@recall/shared/staff`): the staff routes and the schemas only staff
 * screens use. A separate entry so that webpack bundles them with the staff subpackages, never into
 * the weapp main package, where the index (and everything used through it) lives. Staff code in the
 * mini-program imports these from here; the server gets everything from node.ts.
 */
export { STAFF_API } from './api/staffRoutes';
export * from './documents/fields';
export * from './documents/forms';
export * from './documents/pressRelease';
export * from './domain/workflow';
export * from './schemas/case';
export * from './schemas/caseRecords';
export * from './schemas/county';
export * from './schemas/calendar';
export * from './schemas/statistics';
export * from './schemas/evaluation';
export * from './schemas/technical';
export * from './schemas/crossProvince';
export * from './schemas/audit';
export * from './schemas/incident';
export * from './domain/caseRecords';
export * from './schemas/libraries';
export * from './schemas/provinceSteps';
export * from './domain/foreignRecall';
export * from './domain/foreignRecallFile';
export * from './schemas/foreignRecall';
export * from './schemas/platform';
export * from './domain/platformSubscription';
export * from './domain/platformMeasures';
