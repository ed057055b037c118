/** What an inbox file holds once opened: one or more tables of rows, each with its own name and cell positions. */
package uk.placewise.ingest.tables;
