/**
 * Workbooks read directly and streamed, sheet by sheet: ODS ({@code content.xml} through StAX) and
 * XLSX (Apache POI's XSSFReader, each worksheet pulled with StAX).
 */
package uk.placewise.ingest.workbook;
