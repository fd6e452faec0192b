/**
 * Writing Prometheus rule files safely (the `yaml` package is not a dependency of the CLI): every
 * value is a YAML double-quoted scalar, and every text that Prometheus expands as a Go template
 * (alert labels and annotations) has its `{{` written as a template action printing `{{`. Names come
 * from inventories, which are untrusted: a name can hold quotes, line breaks, `#`, `{{ … }}`.
 */

/**
 * YAML 1.2 printable characters (yaml.org/spec/1.2.2, [1] c-printable) pass as they are, except the
 * ones a YAML 1.1 reader (go-yaml, which Prometheus uses, follows libyaml) takes as line breaks or a
 * byte-order mark: U+0085, U+2028, U+2029, U+FEFF. Everything else is escaped; a lone surrogate
 * cannot be written in UTF-8 at all and becomes U+FFFD.
 */
function plain(cp: number): boolean {
  if (cp >= 0x20 && cp <= 0x7e) return cp !== 0x22 && cp !== 0x5c;
  if (cp === 0x85 || cp === 0x2028 || cp === 0x2029 || cp === 0xfeff) return false;
  return (cp >= 0xa0 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
}

const hex = (n: number, width: number): string => n.toString(16).toUpperCase().padStart(width, '0');

/** `s` as a YAML double-quoted scalar, on one line. */
export function yamlQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0xfffd;
    if (plain(cp)) out += ch;
    else if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (cp >= 0xd800 && cp <= 0xdfff) out += '\\uFFFD';
    else if (cp <= 0xff) out += `\\x${hex(cp, 2)}`;
    else if (cp <= 0xffff) out += `\\u${hex(cp, 4)}`;
    else out += `\\U${hex(cp, 8)}`;
  }
  return `${out}"`;
}

/**
 * Text that Prometheus' template engine (Go text/template) prints as is: each `{{` becomes the action
 * `{{ "{{" }}`. The pieces between never end in `{` (the split takes the leftmost `{{`), so no new
 * delimiter forms at a seam; `}}` outside an action is plain text.
 */
export const templateLiteral = (s: string): string => s.split('{{').join('{{ "{{" }}');

/** One alerting rule; `labels` and `annotations` are already template text. */
export interface PromRule {
  readonly alert: string;
  readonly expr: string;
  readonly for: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly annotations: Readonly<Record<string, string>>;
}

/** A rule file with one group; `comments` are fixed text (never names from the inventory). */
export function ruleFileYaml(group: string, rules: readonly PromRule[], comments: readonly string[]): string {
  const lines = comments.map((c) => `# ${c.replace(/[\r\n\u0085\u2028\u2029]+/g, ' ')}`);
  lines.push('groups:', `  - name: ${yamlQuote(group)}`, '    rules:');
  for (const r of rules) {
    lines.push(`      - alert: ${yamlQuote(r.alert)}`, `        expr: ${yamlQuote(r.expr)}`, `        for: ${yamlQuote(r.for)}`, '        labels:');
    for (const [k, v] of Object.entries(r.labels)) lines.push(`          ${k}: ${yamlQuote(v)}`);
    lines.push('        annotations:');
    for (const [k, v] of Object.entries(r.annotations)) lines.push(`          ${k}: ${yamlQuote(v)}`);
  }
  if (rules.length === 0) lines[lines.length - 1] = '    rules: []';
  return `${lines.join('\n')}\n`;
}
