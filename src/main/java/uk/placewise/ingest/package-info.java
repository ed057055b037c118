/**
 * Ingest: recognise each inbox file by its header, decode it (BOM, Windows-1252), read and validate
 * its rows against the feed definitions in {@code jobs/feeds/}, store what is good and reject the rest
 * with file, line and reason.
 */
package uk.placewise.ingest;
