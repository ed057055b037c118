/**
 * Synthetic councils in the real feed formats: a deterministic inbox (Ofsted provider list, SSDA903 tables and
 * the council's own feeds) for demos and end-to-end tests, with planted scenarios that fire every risk factor,
 * band and panel flag. Settings, organisations and children are fictitious; no real home is named.
 */
package uk.placewise.demo;
