/**
 * safeText: names from scenarios and inventories reach a terminal without their escape sequences
 * (red team, issue 8). Sequence grammar: ECMA-48 5th ed. §5.3–5.4 (CSI = ESC [ P… I… F; control
 * strings OSC/DCS/APC/PM/SOS end with ST = ESC \), https://ecma-international.org/publications-and-standards/standards/ecma-48/ ;
 * xterm's OSC 0 (set title) ends with BEL or ST, https://invisible-island.net/xterm/ctlseqs/ctlseqs.html
 */
import { describe, expect, it } from 'vitest';
import { safeText } from '../src/index.js';

describe('safeText', () => {
  it('removes a title-setting OSC and a clear-screen CSI entirely, keeping the text around them', () => {
    expect(safeText('pve\x1b]0;pwned\x07-1')).toBe('pve-1');
    expect(safeText('pve\x1b]0;pwned\x1b\\-1')).toBe('pve-1');
    expect(safeText('a\x1b[2Jb\x1b[31mc\x1b[0m')).toBe('abc');
    expect(safeText('x\x1bcy')).toBe('xy'); // ESC c: full reset (RIS)
  });

  it('removes the 8-bit C1 forms (CSI 0x9B, OSC 0x9D … ST 0x9C) and every other control character', () => {
    expect(safeText('a\x9b2Jb')).toBe('ab');
    expect(safeText('a\x9d0;t\x9cb')).toBe('ab');
    expect(safeText('a\x00b\x07c\x08d\x7fe\x85f\rg')).toBe('abcdefg');
  });

  it('removes bidirectional overrides (Unicode TR9 explicit formatting) that reorder a name on screen', () => {
    expect(safeText('vm\u202eexe.txt\u202c')).toBe('vmexe.txt');
  });

  it('one-line values turn newlines and tabs into spaces; a multi-line output keeps them', () => {
    expect(safeText('a\nb\tc\r\nd')).toBe('a b c d');
    expect(safeText('a\nb\tc\r\nd', { multiline: true })).toBe('a\nb\tc\nd');
  });

  it('leaves ordinary text, accents and typographic characters alone', () => {
    const s = 'Nœud pve-1 : 512 GiB (549,76 GB) × 3 — ✔ ok';
    expect(safeText(s)).toBe(s);
  });
});
