// Writes scenario.schema.json from the zod schema (run after `pnpm build`): editors validate and
// complete scenario files with it (`# yaml-language-server: $schema=…`). A test fails when it is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { scenarioJsonSchema } from '../dist/index.js';

const out = fileURLToPath(new URL('../scenario.schema.json', import.meta.url));
writeFileSync(out, `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
console.log(`wrote ${out}`);
