/**
 * Text that came from input (a scenario's or an inventory's names, a file name) made safe to show:
 * on a terminal, an escape sequence in a node name would retitle the window (`ESC ] 0 ; … BEL`),
 * clear the screen (`ESC [ 2 J`) or hide what follows. Removed entirely: escape sequences (CSI,
 * OSC/DCS/APC/PM/SOS up to their terminator, two-character ones), their 8-bit C1 forms, every other
 * C0/C1 control character and DEL, and the bidirectional overrides that reorder what is displayed.
 * Tabs and newlines are kept for a multi-line output, turned into spaces for a one-line value.
 */

// ESC ] … BEL | ESC \  (also ESC P, X, ^, _): the string runs to its terminator, or stops at a newline or the next ESC.
const ESC_STRING = /\x1b[\]PX^_][^\x07\x1b\n]*(?:\x07|\x1b\\)?/g;
// ESC [ parameters intermediates final (ECMA-48 CSI).
const ESC_CSI = /\x1b\[[0-?]*[ -/]*[@-~]?/g;
// The 8-bit forms: CSI 0x9B, OSC 0x9D (and DCS 0x90, SOS 0x98, PM 0x9E, APC 0x9F) up to BEL or ST 0x9C.
const C1_CSI = /\x9b[0-?]*[ -/]*[@-~]?/g;
const C1_STRING = /[\x90\x98\x9d\x9e\x9f][^\x07\x9c\x1b\n]*(?:\x07|\x9c)?/g;
// Any other ESC and the character after it (ESC c resets the terminal).
const ESC_OTHER = /\x1b[\s\S]?/g;
const CONTROLS = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/g;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function safeText(s: string, o: { readonly multiline?: boolean } = {}): string {
  const cleaned = s.replace(ESC_STRING, '').replace(ESC_CSI, '').replace(C1_STRING, '').replace(C1_CSI, '').replace(ESC_OTHER, '');
  const lines = o.multiline === true ? cleaned.replace(/\r\n/g, '\n').replace(/[\u2028\u2029]/g, '\n') : cleaned.replace(/\r\n|[\n\t\u2028\u2029]/g, ' ');
  return lines.replace(CONTROLS, '').replace(BIDI, '');
}
