/**
 * The one strict reader of every YAML file a council officer or operator edits (feed definitions,
 * dashboard targets, the rules folder's settings, rule scenarios): an unknown key, a key given twice or
 * a value of the wrong kind is an error naming file and line, never a silent default.
 */
package uk.placewise.yaml;
