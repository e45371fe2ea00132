-- A day's counter row can be created by naming only its key (H2's MERGE ... KEY in TicketNumbers); the first
-- increment then makes it 1.
ALTER TABLE ticket_sequence ALTER COLUMN last_value SET DEFAULT 0;
