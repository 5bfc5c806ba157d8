import { useCallback, useEffect, useState } from 'react';
import type { TCaseRecordList } from '@recall/shared/staff';
import { errorMessage } from '../../../services/errors';
import { fetchCaseRecords } from './api';

/** The records of a case (现场调查, 约谈, 处理措施), loaded with the case page and after each save. */
export function useCaseRecords(caseId: number) {
  const [list, setList] = useState<TCaseRecordList | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(async () => {
    setError(null);
    try {
      setList(await fetchCaseRecords(caseId));
    } catch (err) {
      setError(errorMessage(err));
    }
  }, [caseId]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { list, error, reload };
}
