/**
 * {@code placewise rules check}: compiles a council's rules folder and runs the scenarios written in
 * its {@code tests/} folder, without the database or Spring, reporting every problem by file and line.
 */
package uk.placewise.rulecheck;
