import { useEffect, useRef, useState } from 'react';
import type { TClueRecallLink, TRecallMatchRequest } from '@recall/shared';
import { cleanGtin, gtinProblem } from '../../utils/validate';
import { matchRecalls } from './api';

const WAIT_MS = 600;

interface ProductFacts {
  gtin: string;
  brand: string;
  model: string;
  productName: string;
}

/** What to ask about: a valid bar code, or a brand with a model or a product name; null while too little is typed. */
export function matchBody(f: ProductFacts): TRecallMatchRequest | null {
  const code = cleanGtin(f.gtin);
  const gtin = code && !gtinProblem(code) ? code : undefined;
  const brand = f.brand.trim() || undefined;
  const model = f.model.trim() || undefined;
  const productName = f.productName.trim() || undefined;
  if (!gtin && !(brand && (model || productName))) return null;
  return { gtin, brand, model, productName };
}

/**
 * While the report form is filled: the published recalls that already cover the product typed
 * (asked once typing pauses), so the person learns the remedy and hotline before reporting.
 * A failed look-up shows nothing: the report can be sent either way.
 */
export function useCoveringRecalls(facts: ProductFacts): TClueRecallLink[] {
  const [recalls, setRecalls] = useState<TClueRecallLink[]>([]);
  const asked = useRef(0);
  const body = matchBody(facts);
  const key = body ? JSON.stringify(body) : '';

  useEffect(() => {
    const n = ++asked.current;
    if (!body) {
      setRecalls([]);
      return undefined;
    }
    const timer = setTimeout(() => {
      matchRecalls(body)
        .then((res) => n === asked.current && setRecalls(res.items))
        .catch(() => n === asked.current && setRecalls([]));
    }, WAIT_MS);
    return () => clearTimeout(timer);
  }, [key]);

  return recalls;
}
