/**
 * The nightly Spring Batch job: ingest, assess, write outputs into a staging folder, then publish
 * them into place, so a failed or killed run never leaves outputs that look complete.
 */
package uk.placewise.nightly;
