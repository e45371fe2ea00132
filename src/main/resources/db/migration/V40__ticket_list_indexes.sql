-- The ticket list (GET /api/tickets), the KPIs and the period reports select tickets by kind, system and a time
-- window (created, resolved or closed), and major-incident duties by event type; these indexes serve them.
CREATE INDEX ix_ticket_type_system_created ON ticket (ticket_type, system_id, created_at);
CREATE INDEX ix_ticket_type_resolved ON ticket (ticket_type, resolved_at);
CREATE INDEX ix_ticket_type_closed ON ticket (ticket_type, closed_at);
CREATE INDEX ix_ticket_event_type ON ticket_event (event_type, ticket_number);
