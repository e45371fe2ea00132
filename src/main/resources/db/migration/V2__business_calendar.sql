-- Business calendar for SLA clocks: only the days that differ from the default week
-- (Mon-Fri worked, Sat/Sun off). HOLIDAY = a day off although it falls on a weekday (法定节假日),
-- WORKDAY = a Saturday or Sunday that is worked (调休上班).
-- The bureau maintains this table through the REST API (/api/calendar/days) once the State
-- Council publishes each year's schedule; this migration only seeds 2026.
CREATE TABLE business_calendar_day (
    calendar_day DATE         NOT NULL PRIMARY KEY,
    day_type     VARCHAR(16)  NOT NULL,
    name         VARCHAR(100),
    updated_by   VARCHAR(64),
    updated_at   TIMESTAMP,
    CONSTRAINT ck_business_calendar_day_type CHECK (day_type IN ('HOLIDAY', 'WORKDAY'))
);

-- 国务院办公厅关于2026年部分节假日安排的通知. Weekend days inside a holiday range are listed as
-- HOLIDAY too (harmless, and the ranges read as announced).
INSERT INTO business_calendar_day (calendar_day, day_type, name, updated_by, updated_at) VALUES
    (DATE '2026-01-01', 'HOLIDAY', '元旦', 'system', LOCALTIMESTAMP),
    (DATE '2026-01-02', 'HOLIDAY', '元旦', 'system', LOCALTIMESTAMP),
    (DATE '2026-01-03', 'HOLIDAY', '元旦', 'system', LOCALTIMESTAMP),
    (DATE '2026-01-04', 'WORKDAY', '元旦调休上班', 'system', LOCALTIMESTAMP),
    (DATE '2026-02-14', 'WORKDAY', '春节调休上班', 'system', LOCALTIMESTAMP),
    (DATE '2026-02-15', 'HOLIDAY', '春节', 'system', LOCALTIMESTAMP),
    (DATE '2026-02-16', 'HOLIDAY', '春节', 'system', LOCALTIMESTAMP),
    (DATE '2026-02-17', 'HOLIDAY', '春节', 'system', LOCALTIMESTAMP),
    (DATE '2026-02-18', 'HOLIDAY', '春节', 'system', LOCALTIMESTAMP),
    (DATE '2026-02-19', 'HOLIDAY', '春节', 'system', LOCALTIMESTAMP),
    (DATE '2026-02-20', 'HOLIDAY', '春节', 'system', LOCALTIMESTAMP),
    (DATE '2026-02-21', 'HOLIDAY', '春节', 'system', LOCALTIMESTAMP),
    (DATE '2026-02-22', 'HOLIDAY', '春节', 'system', LOCALTIMESTAMP),
    (DATE '2026-02-23', 'HOLIDAY', '春节', 'system', LOCALTIMESTAMP),
    (DATE '2026-02-28', 'WORKDAY', '春节调休上班', 'system', LOCALTIMESTAMP),
    (DATE '2026-04-04', 'HOLIDAY', '清明节', 'system', LOCALTIMESTAMP),
    (DATE '2026-04-05', 'HOLIDAY', '清明节', 'system', LOCALTIMESTAMP),
    (DATE '2026-04-06', 'HOLIDAY', '清明节', 'system', LOCALTIMESTAMP),
    (DATE '2026-05-01', 'HOLIDAY', '劳动节', 'system', LOCALTIMESTAMP),
    (DATE '2026-05-02', 'HOLIDAY', '劳动节', 'system', LOCALTIMESTAMP),
    (DATE '2026-05-03', 'HOLIDAY', '劳动节', 'system', LOCALTIMESTAMP),
    (DATE '2026-05-04', 'HOLIDAY', '劳动节', 'system', LOCALTIMESTAMP),
    (DATE '2026-05-05', 'HOLIDAY', '劳动节', 'system', LOCALTIMESTAMP),
    (DATE '2026-05-09', 'WORKDAY', '劳动节调休上班', 'system', LOCALTIMESTAMP),
    (DATE '2026-06-19', 'HOLIDAY', '端午节', 'system', LOCALTIMESTAMP),
    (DATE '2026-06-20', 'HOLIDAY', '端午节', 'system', LOCALTIMESTAMP),
    (DATE '2026-06-21', 'HOLIDAY', '端午节', 'system', LOCALTIMESTAMP),
    (DATE '2026-09-20', 'WORKDAY', '国庆节调休上班', 'system', LOCALTIMESTAMP),
    (DATE '2026-09-25', 'HOLIDAY', '中秋节', 'system', LOCALTIMESTAMP),
    (DATE '2026-09-26', 'HOLIDAY', '中秋节', 'system', LOCALTIMESTAMP),
    (DATE '2026-09-27', 'HOLIDAY', '中秋节', 'system', LOCALTIMESTAMP),
    (DATE '2026-10-01', 'HOLIDAY', '国庆节', 'system', LOCALTIMESTAMP),
    (DATE '2026-10-02', 'HOLIDAY', '国庆节', 'system', LOCALTIMESTAMP),
    (DATE '2026-10-03', 'HOLIDAY', '国庆节', 'system', LOCALTIMESTAMP),
    (DATE '2026-10-04', 'HOLIDAY', '国庆节', 'system', LOCALTIMESTAMP),
    (DATE '2026-10-05', 'HOLIDAY', '国庆节', 'system', LOCALTIMESTAMP),
    (DATE '2026-10-06', 'HOLIDAY', '国庆节', 'system', LOCALTIMESTAMP),
    (DATE '2026-10-07', 'HOLIDAY', '国庆节', 'system', LOCALTIMESTAMP),
    (DATE '2026-10-10', 'WORKDAY', '国庆节调休上班', 'system', LOCALTIMESTAMP);
