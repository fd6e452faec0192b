/** Vite's `?raw` imports (a file's text) for the tests' type check; the app's own check has them from vite/client. */
declare module '*?raw' {
  const text: string;
  export default text;
}
