/**
 * Records what a capa binary answers to the saved command lines (README.md says how the release's
 * record was made). Usage: CAPA_BIN=/path/to/capa.js CAPA_CAPTURE_OUT=cli-commands.json node capture.mjs
 */
import { writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { savedCommands } from './commands.js';
import { record } from './shape.js';

const bin = process.env['CAPA_BIN'];
const out = process.env['CAPA_CAPTURE_OUT'];
if (bin === undefined || out === undefined) throw new Error('set CAPA_BIN and CAPA_CAPTURE_OUT');
const dir = dirname(out);
const records = savedCommands(dir).map((c) => record(bin, dir, c.name, c.args));
writeFileSync(out, `${JSON.stringify(records, null, 1)}\n`);
