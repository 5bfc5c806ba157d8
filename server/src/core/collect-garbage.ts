import v8 from 'v8';
import vm from 'vm';

let gc: (() => void) | undefined;

/**
 * A full garbage collection now (it pauses the process: at start, not while requests are served).
 * Node exposes no API for it; the flag makes V8's `gc` available to a new context only.
 */
export function collectGarbage(): void {
  if (!gc) {
    v8.setFlagsFromString('--expose_gc');
    gc = vm.runInNewContext('gc') as () => void;
  }
  gc();
}
