/**
 * The on-demand engines (inventory, planner): each is a classic script (allowed from file:// and by
 * the CSP's script-src 'self', where a module's dynamic import() is not) that dispatches its engine on
 * `document` as an event when it runs. One loader and one hook for both.
 */
import { useEffect, useState } from 'preact/hooks';

function addScript<T>(file: string, event: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onReady = (e: Event) => resolve((e as CustomEvent<T>).detail);
    document.addEventListener(event, onReady, { once: true });
    const script = document.createElement('script');
    script.src = file;
    script.async = true;
    script.onerror = () => {
      document.removeEventListener(event, onReady);
      script.remove();
      reject(new Error(file));
    };
    document.head.append(script);
  });
}

/**
 * A loader that fetches the engine once: its built script's file, or in the dev server a plain dynamic
 * import. A failure is forgotten, so a later attempt may succeed (back online).
 */
export function engineLoader<T>(file: string | null, event: string, dev: (() => Promise<T>) | null): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= (dev ? dev() : addScript<T>(file ?? '', event)).catch((e: unknown) => {
      pending = undefined;
      throw e;
    });
    return pending;
  };
}

/** The engine, loaded on first render: null while loading, and whether loading failed. */
export function useEngine<T>(load: () => Promise<T>): { engine: T | null; failed: boolean } {
  const [engine, setEngine] = useState<T | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    load().then(
      (e) => live && setEngine(() => e),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);
  return { engine, failed };
}
