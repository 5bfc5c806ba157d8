import { useState } from 'react';
import { errorMessage } from '../../services/errors';
import { pickPhotos } from '../../services/photoPicker';
import { uploadPhoto } from '../../services/uploads';

/** Photos or scans attached to a request or an answer: picked, uploaded one by one, their ids kept. */
export function useUploads(max = 9) {
  const [ids, setIds] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const add = async () => {
    setError(null);
    const picked = await pickPhotos(max - ids.length).catch(() => []);
    if (!picked.length) return;
    setBusy(true);
    try {
      for (const p of picked) {
        if (p.problem) {
          setError(p.problem);
          continue;
        }
        const up = await uploadPhoto({ path: p.path, name: p.name });
        setIds((x) => [...x, up.id]);
      }
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  };
  const remove = (id: string) => setIds((x) => x.filter((i) => i !== id));
  return { ids, busy, error, add, remove };
}
