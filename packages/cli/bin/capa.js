#!/usr/bin/env node
// The published entry point: plain JavaScript, one bundled file, so start-up stays close to `node -e 0`.
import '../dist/capa.js';
