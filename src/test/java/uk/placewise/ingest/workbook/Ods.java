package uk.placewise.ingest.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small ODS workbooks built in code: the {@code mimetype} entry and a {@code content.xml} around the given tables. */
public final class Ods {

	private Ods() {
	}

	public static Path write(Path file, String tables) {
		return write(file, tables, "");
	}

	/** {@code padding} is written inside the spreadsheet, before the tables (whitespace makes a zip bomb). */
	public static Path write(Path file, String tables, String padding) {
		String content = """
				<?xml version="1.0" encoding="UTF-8"?>
				<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
				 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
				 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">
				<office:body><office:spreadsheet>""" + padding + tables + "</office:spreadsheet></office:body></office:document-content>";
		try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("mimetype"));
			zip.write(OdsWorkbook.MIMETYPE.getBytes(StandardCharsets.US_ASCII));
			zip.putNextEntry(new ZipEntry("content.xml"));
			zip.write(content.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return file;
	}

	/** A table of rows, each row given as its cells' XML. */
	public static String table(String name, String... rows) {
		StringBuilder xml = new StringBuilder("<table:table table:name=\"" + name + "\">");
		for (String row : rows) {
			xml.append(row.startsWith("<table:table-row") ? row : "<table:table-row>" + row + "</table:table-row>");
		}
		return xml.append("</table:table>").toString();
	}

	public static String text(String text) {
		return "<table:table-cell office:value-type=\"string\"><text:p>" + text + "</text:p></table:table-cell>";
	}

	public static String texts(String... texts) {
		StringBuilder xml = new StringBuilder();
		for (String t : texts) {
			xml.append(text(t));
		}
		return xml.toString();
	}
}
