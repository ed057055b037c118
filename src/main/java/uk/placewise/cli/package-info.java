/** The command line: commands, arguments, exit codes (0 ok, 1 failed, 2 usage) and one-line summaries. */
package uk.placewise.cli;
