/** What every step of a nightly run shares: its parameters, its run id and its staging folder. */
package uk.placewise.run;
