import { STAFF_API } from '@recall/shared/staff';
import { uploadTo } from '../../services/client';

/** A .jsonl file of recalls, for bureau and province staff (a staff route: kept out of the main package). */
export const importRecalls = (file: { path: string; name: string }) => uploadTo(STAFF_API.recalls.import, file);
