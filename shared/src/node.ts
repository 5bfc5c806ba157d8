/**
 * The package entry for Node (the server, the admin CLI, the cross-layer tests): everything in the
 * index, plus the national region table plugged into zRegionCode so region codes that do not exist
 * are refused. The miniapp bundles src/index.ts as ES modules and checks the format only.
 */
import { useRegionTable } from './schemas/fields';
import { isRegionCode } from './domain/regions';

export * from './index';
export * from './staff';
export * from './api/table';
export * from './schemas/provinceSteps';
export * from './domain/regions';

useRegionTable(isRegionCode);
export * from './domain/county';
