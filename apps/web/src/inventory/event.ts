/** The event the engine's script dispatches on `document` once it has run. */
export const ENGINE_EVENT = 'capa:inventory-engine';
