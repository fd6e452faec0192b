/** Readers with I/O (network, files, child processes): Node only. */
export { importPve, importPvesh, dirGetter } from './pve.js';
export {
  createPveClient,
  parseToken,
  tokenProblem,
  redactor,
  MIN_TOKEN_SECRET,
  normalizeFingerprint,
  parseBaseUrl,
  TlsError,
  RETRY_STATUSES,
  DEFAULTS as PVE_CLIENT_DEFAULTS,
  type PveClientOptions,
  type PveToken,
  type PveClient,
} from './pve-http.js';
export { importCephLive, importCephDir, type CephLiveOptions } from './ceph.js';
export { importLibvirtLive, importLibvirtDir, type LibvirtLiveOptions } from './libvirt.js';
export { importRvtools } from './rvtools.js';
export { terminalProgress, type Progress } from './progress.js';
export { readInputFile, readCaptureFile, InputFileError, INPUT_FILE_LIMIT, CAPTURE_FILE_LIMIT, type ReadOutcome, type ReadFailure, type ReadInputOptions } from './read-input.js';
export { readHistoryFile, appendHistoryFile, writeFileAtomic, type AppendOutcome } from './history-file.js';
