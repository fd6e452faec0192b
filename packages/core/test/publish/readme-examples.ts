/**
 * The README examples of a package: each ```js example block, with the ```text output block that
 * follows it (what the example prints). The packaging test runs them against the packed tarballs, so a
 * README cannot show an API or an output the published package does not have.
 */
export interface ReadmeExample {
  /** 1-based, in README order. */
  readonly index: number;
  /** The README line the example's fence opens on, for failure messages. */
  readonly line: number;
  readonly code: string;
  /** Trimmed at the end; null when no output block follows the example. */
  readonly output: string | null;
}

const FENCE = /^```(\S*)(?:[ \t]+(\S+))?[ \t]*$/;

interface Block {
  readonly lang: string;
  readonly tag: string;
  readonly line: number;
  readonly text: string;
}

function blocks(markdown: string): Block[] {
  const lines = markdown.split('\n');
  const out: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i] ?? '');
    if (!open) continue;
    const body: string[] = [];
    let j = i + 1;
    while (j < lines.length && (lines[j] ?? '').trimEnd() !== '```') body.push(lines[j++] ?? '');
    if (j >= lines.length) throw new Error(`README line ${i + 1}: code block never closed`);
    out.push({ lang: open[1] ?? '', tag: open[2] ?? '', line: i + 1, text: body.join('\n') });
    i = j;
  }
  return out;
}

export function readmeExamples(markdown: string): ReadmeExample[] {
  const list = blocks(markdown);
  const examples: ReadmeExample[] = [];
  list.forEach((b, i) => {
    if (b.tag !== 'example') return;
    if (b.lang !== 'js') throw new Error(`README line ${b.line}: an example is a \`\`\`js block (valid JavaScript and TypeScript alike)`);
    const next = list[i + 1];
    const output = next && next.lang === 'text' && next.tag === 'output' ? next.text.trimEnd() : null;
    examples.push({ index: examples.length + 1, line: b.line, code: `${b.text}\n`, output });
  });
  return examples;
}
