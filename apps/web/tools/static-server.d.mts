export interface StaticServer {
  /** e.g. http://127.0.0.1:43127/ */
  readonly url: string;
  readonly close: () => Promise<void>;
}

export function serveStatic(root: string): Promise<StaticServer>;
