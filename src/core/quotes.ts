// Direct quotes with cue, source and speaker: see quotes/index.ts.
export { findQuotes } from './quotes/index';
