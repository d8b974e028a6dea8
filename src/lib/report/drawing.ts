/**
 * What the report worker draws with: jsPDF, the layout and the report
 * builders. The worker imports it after it has started fetching the fonts,
 * so that the fetch and the loading of this code overlap.
 */
export { drawAssessmentReport } from './assessment-report';
export { drawComparisonReport } from './comparison-report';
export { warmUp } from './layout';
