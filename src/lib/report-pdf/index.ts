/**
 * The reports of issue 7 as one model: the figures (src/lib/statistics) in sections of tables and
 * charts, in one language, for the dashboard (/rapporter), the CSV downloads, the annual § 18
 * report page and its PDF. Named for the PDF it ends in; the model is shared so that every
 * output shows the same numbers.
 */
export { csvFileName, tableCsv } from './csv';
export { introParagraphs } from './intro';
export { type BarChartSpec, type FlowChartSpec, type ReportBlock, type ReportData, type ReportSection, SECTION_IDS, type SectionId } from './model';
export { type AnnualReportContent, annualReportPdf } from './pdf';
export { loadReport, loadTable, reportSections, sectionOf } from './sections';
export { type Cell, type CellFormat, csvCell, displayCell, isTableId, numberOf, type ReportColumn, type ReportTable, TABLE_IDS, type TableId } from './table';
export { copenhagenYear, FIRST_YEAR, LAST_YEAR, reportYears } from './years';
