-- Issue 16: the visit schedule carries the date a visit was moved from for QA capacity as a field,
-- so the CSV and PDF no longer parse it back out of the schedule rule's sentence. Null when not moved.
alter table setting_assessment add column moved_from date;
