/** The panel flags' lifecycle: new, continuing (keeping the date first raised) or resolved; never dropped. */
package uk.placewise.panel;
