/**
 * The QA visit schedule: visit frequency to due dates (working days skip weekends and England and
 * Wales bank holidays), overdue, and the squeeze when the team's monthly capacity is short.
 */
package uk.placewise.schedule;
