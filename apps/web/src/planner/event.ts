/** The event the planner engine's script dispatches on `document` once it has run. */
export const PLANNER_EVENT = 'capa:planner-engine';
