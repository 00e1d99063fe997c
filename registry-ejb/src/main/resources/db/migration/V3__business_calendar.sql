-- Business calendar: the official non-working days that legal terms skip (DOMAIN.md rule 4).
--
-- This table is DATA the registry administrator maintains, not code: the rows below are only a
-- starting point. The state's official calendar, published each year in the Periódico Oficial
-- del Estado de Quintana Roo, prevails over this seed; add, fix or remove rows to match it (and
-- load each new year before it starts, since a missing holiday silently counts as a business day).
-- Federal days: Ley Federal del Trabajo, art. 74. 1 October (federal executive change) falls in
-- none of 2025-2027. State days: closures customary in the state government calendar. 12 December
-- is deliberately not a non-working day here.

create schema if not exists shared;
comment on schema shared is 'Data every context shares: the business calendar (official holidays).';

create table shared.holiday (
    day   date       primary key,
    name  text       not null,
    scope varchar(8) not null check (scope in ('FEDERAL', 'STATE'))
);
comment on table shared.holiday is
    'Official non-working days (días inhábiles) that legal terms skip, besides Saturdays and '
    'Sundays. Data the administrator maintains; the yearly state calendar in the Periódico '
    'Oficial prevails.';
comment on column shared.holiday.day is 'The non-working day (public offices closed).';
comment on column shared.holiday.name is 'What is observed, in Spanish, as the official calendar names it.';
comment on column shared.holiday.scope is
    'FEDERAL (Ley Federal del Trabajo art. 74) or STATE (Quintana Roo government calendar).';

insert into shared.holiday (day, name, scope) values
    -- 2025
    ('2025-01-01', 'Año Nuevo', 'FEDERAL'),
    ('2025-02-03', 'Día de la Constitución (primer lunes de febrero)', 'FEDERAL'),
    ('2025-03-17', 'Natalicio de Benito Juárez (tercer lunes de marzo)', 'FEDERAL'),
    ('2025-04-17', 'Jueves Santo', 'STATE'),
    ('2025-04-18', 'Viernes Santo', 'STATE'),
    ('2025-05-01', 'Día del Trabajo', 'FEDERAL'),
    ('2025-09-16', 'Día de la Independencia', 'FEDERAL'),
    ('2025-11-02', 'Día de Muertos', 'STATE'),
    ('2025-11-17', 'Día de la Revolución (tercer lunes de noviembre)', 'FEDERAL'),
    ('2025-12-25', 'Navidad', 'FEDERAL'),
    -- 2026
    ('2026-01-01', 'Año Nuevo', 'FEDERAL'),
    ('2026-02-02', 'Día de la Constitución (primer lunes de febrero)', 'FEDERAL'),
    ('2026-03-16', 'Natalicio de Benito Juárez (tercer lunes de marzo)', 'FEDERAL'),
    ('2026-04-02', 'Jueves Santo', 'STATE'),
    ('2026-04-03', 'Viernes Santo', 'STATE'),
    ('2026-05-01', 'Día del Trabajo', 'FEDERAL'),
    ('2026-09-16', 'Día de la Independencia', 'FEDERAL'),
    ('2026-11-02', 'Día de Muertos', 'STATE'),
    ('2026-11-16', 'Día de la Revolución (tercer lunes de noviembre)', 'FEDERAL'),
    ('2026-12-25', 'Navidad', 'FEDERAL'),
    -- 2027
    ('2027-01-01', 'Año Nuevo', 'FEDERAL'),
    ('2027-02-01', 'Día de la Constitución (primer lunes de febrero)', 'FEDERAL'),
    ('2027-03-15', 'Natalicio de Benito Juárez (tercer lunes de marzo)', 'FEDERAL'),
    ('2027-03-25', 'Jueves Santo', 'STATE'),
    ('2027-03-26', 'Viernes Santo', 'STATE'),
    ('2027-05-01', 'Día del Trabajo', 'FEDERAL'),
    ('2027-09-16', 'Día de la Independencia', 'FEDERAL'),
    ('2027-11-02', 'Día de Muertos', 'STATE'),
    ('2027-11-15', 'Día de la Revolución (tercer lunes de noviembre)', 'FEDERAL'),
    ('2027-12-25', 'Navidad', 'FEDERAL');
