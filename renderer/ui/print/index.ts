export { PrintView, type PageSize } from './PrintView';
export { PrintSheet } from './PrintSheet';
export { directionOfLanguage } from '../directionOfLanguage';
export { LtrRuns } from './LtrRuns';
