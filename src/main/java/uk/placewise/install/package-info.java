/** How an installed Placewise finds its own folders, its build and its configuration. */
package uk.placewise.install;
