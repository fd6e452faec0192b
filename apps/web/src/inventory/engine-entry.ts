/** Entry of the engine's own script: hands the engine to the page that added the script. */
import { ENGINE } from './engine';
import { ENGINE_EVENT } from './event';

document.dispatchEvent(new CustomEvent(ENGINE_EVENT, { detail: ENGINE }));
