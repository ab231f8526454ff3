/** The route helpers moved to the hub core (../http-helpers.ts); kept here for the features that still import them from here. */
export { bodyOf, callerWith, originOf, refuse } from '../http-helpers.js';
