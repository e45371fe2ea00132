-- Issue 13 / SPEC §6: the monthly report counts incidents by system, category and priority; the category (事件分类) is
-- chosen when the incident is closed (IncidentProcess.CATEGORIES; the list is the bureau's to confirm).
ALTER TABLE ticket ADD COLUMN category VARCHAR(32);
