/**
 * On-demand chunks as classic scripts. Browsers refuse ES modules from file:// (origin "null") and
 * the CSP allows no eval, so the page cannot `import()` a module. Rollup writes the page as AMD
 * instead (`define([deps], factory)`, one file per chunk, shared code in shared chunks), and this
 * loader, prepended to the entry script, runs them: each dependency is a <script src> next to the
 * entry (allowed from file:// and by the CSP's script-src 'self'), each file's factory runs once,
 * after its dependencies. A dynamic `import()` in the source becomes `require([...], ok, fail)`.
 *
 * What the page does not need on its first paint (the other calculators, the planner) is then only
 * fetched when a page needs it; the service worker precaches every chunk, so offline works too.
 */

/** The loader, as it runs in the page: plain ES2017, no dependency, minified with the entry. */
function loader(): void {
  interface Mod {
    p: Promise<unknown>;
    ok: (v: unknown) => void;
    ko: (e: unknown) => void;
    started?: boolean;
  }
  type Define = ((deps: unknown, factory?: unknown) => void) & { amd?: object };
  const w = window as unknown as { define?: Define };
  if (w.define?.amd) return;
  const mods = new Map<string, Mod>();
  const record = (url: string): Mod => {
    let m = mods.get(url);
    if (m === undefined) {
      let ok: Mod['ok'] = () => undefined;
      let ko: Mod['ko'] = () => undefined;
      const p = new Promise<unknown>((res, rej) => {
        ok = res;
        ko = rej;
      });
      m = { p, ok, ko };
      mods.set(url, m);
    }
    return m;
  };
  const load = (url: string): Promise<unknown> => {
    const m = record(url);
    if (!m.started) {
      m.started = true;
      const s = document.createElement('script');
      s.src = url;
      s.async = true;
      s.onerror = () => {
        // A later attempt may succeed (back online): forget this one.
        mods.delete(url);
        s.remove();
        m.ko(new Error(`cannot load ${url}`));
      };
      document.head.append(s);
    }
    return m.p;
  };
  const define: Define = (deps, factory) => {
    const script = document.currentScript as HTMLScriptElement | null;
    const url = script?.src ?? '';
    const m = record(url);
    m.started = true;
    const list = (Array.isArray(deps) ? deps : []) as string[];
    const run = (typeof deps === 'function' ? deps : factory) as (...args: unknown[]) => unknown;
    const exports: Record<string, unknown> = {};
    const resolve = (id: string) => new URL(id, url).href;
    const require = (ids: string[], ok: (...v: unknown[]) => void, ko: (e: unknown) => void) => {
      Promise.all(ids.map((id) => load(resolve(id)))).then((v) => ok(...v), ko);
    };
    const values = list.map((d) => (d === 'exports' ? exports : d === 'require' ? require : d === 'module' ? { uri: url } : load(resolve(d))));
    Promise.all(values).then((v) => {
      const returned = run(...v);
      m.ok(returned === undefined ? exports : returned);
    }, m.ko);
  };
  define.amd = {};
  w.define = define;
}

/** The loader's source, for rollup's banner of the entry chunk. */
export const CHUNK_LOADER = `(${loader.toString()})();`;
