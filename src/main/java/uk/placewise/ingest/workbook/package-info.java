/** Workbooks read directly and streamed: ODS (content.xml through StAX) and XLSX (Apache POI's XSSFReader). */
package uk.placewise.ingest.workbook;
