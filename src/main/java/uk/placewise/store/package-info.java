/** The store: schema (Flyway), upsert by natural key with history, and queries for an as-of date. */
package uk.placewise.store;
