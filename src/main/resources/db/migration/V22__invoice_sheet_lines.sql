-- The invoice contract's configurable 《运维厂商考核评级表》 (opsflow.scoring.invoice-sheet, docs/adr/0006):
-- one evaluation_line per sheet line with item = the line's code, explanation = its label, and the points awarded
-- and the line's maximum as configured when the period was scored. NULL on every other line.
ALTER TABLE evaluation_line ADD COLUMN sheet_points DECIMAL(5, 1);
ALTER TABLE evaluation_line ADD COLUMN sheet_max DECIMAL(5, 1);
