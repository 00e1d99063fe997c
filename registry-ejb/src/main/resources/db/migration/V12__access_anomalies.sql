-- The access log names the caller's Keycloak subject, and its anomaly rules get what they need:
--
-- audit.access_event.actor_subject   the token's sub (registry_admin.evolve_audit_log(12), since
--                                     the log's tables are sealed; also an index by actor and time)
-- shared.staff_member                 the staff directory: user name, full name, CURP, office
-- shared.office_hours                 each office's working hours (Monday to Friday, not holidays)
-- oversight.alert                     one anomaly an auditor must look at, found by a rule
-- oversight.alert_event               the access events behind an alert
-- oversight.alert_review              the alert's workflow: each status change with the auditor's note
-- oversight.hourly_reads              reads per user and hour, the baseline of the bulk-access rule
-- oversight.detection_run             how far the rules have looked: the rules read the events as they
--                                     enter the Merkle tree (leaf order), so none is missed or read twice
-- oversight.filing_of(entry number)   the filing an entry number names, for rules that join the two

select registry_admin.evolve_audit_log(12);

create table shared.staff_member (
    user_name text        primary key,
    full_name text        not null check (length(trim(full_name)) > 0),
    curp      varchar(18) unique check (curp ~ '^[A-Z0-9]{18}$'),
    office    varchar(3)  check (office in ('CHE', 'CUN', 'PDC', 'COZ'))
);
comment on table shared.staff_member is
    'Registry staff as the anomaly rules know them: the Keycloak user name, the CURP (to find staff '
    'acting on filings where they are a party) and the office whose working hours apply.';

create table shared.office_hours (
    office varchar(3) primary key check (office in ('CHE', 'CUN', 'PDC', 'COZ')),
    opens  time       not null,
    closes time       not null,
    check (opens < closes)
);
comment on table shared.office_hours is
    'Working hours of each office in America/Cancun, Monday to Friday except official holidays. '
    'Data the administrator maintains.';
insert into shared.office_hours (office, opens, closes) values
    ('CHE', '08:00', '16:00'), ('CUN', '08:00', '16:00'), ('PDC', '08:00', '16:00'), ('COZ', '08:00', '15:00');

create schema oversight;
comment on schema oversight is
    'What the anomaly rules found in the access log, and the auditors'' review of it.';

create table oversight.alert (
    id          bigint generated always as identity primary key,
    rule        varchar(32) not null,
    actor       text        not null,
    scope       text        not null,
    summary     text        not null,
    detected_at timestamptz not null,
    unique (rule, actor, scope)
);
comment on table oversight.alert is
    'One anomaly: the rule that found it, the staff member, and what it is about (scope: a '
    'resource and day, an hour, a filing), so that later events of the same case join this alert.';
create index alert_detected_at on oversight.alert (detected_at desc);

create table oversight.alert_event (
    alert_id bigint not null references oversight.alert (id),
    event_id bigint not null,
    primary key (alert_id, event_id)
);
comment on table oversight.alert_event is
    'The access events (audit.access_event.id) that make up an alert.';

create table oversight.alert_review (
    alert_id   bigint      not null references oversight.alert (id),
    position   integer     not null check (position > 0),
    status     varchar(16) not null check (status in ('OPEN', 'EXPLAINED', 'ESCALATED')),
    auditor    text        not null,
    reviewed_at timestamptz not null,
    note       text        not null check (length(trim(note)) > 0),
    primary key (alert_id, position)
);
comment on table oversight.alert_review is
    'Each status change of an alert with the auditor''s note; the latest one is its status (an '
    'alert without reviews is OPEN). Rows are only added, and each is also an access event.';

create table oversight.hourly_reads (
    actor text        not null,
    hour  timestamptz not null,
    roles text        not null,
    reads bigint      not null,
    primary key (actor, hour)
);
comment on table oversight.hourly_reads is
    'Reads, searches and exports per staff member and hour, counted from the access log as the '
    'rules run: the baseline of the bulk-access rule.';

create table oversight.detection_run (
    id               bigint generated always as identity primary key,
    ran_at           timestamptz not null,
    through_leaf     bigint      not null,
    through_resolved timestamptz not null,
    alerts_new       integer     not null
);
comment on table oversight.detection_run is
    'Each run of the anomaly rules: the last leaf of the log (leaf_index, exclusive) and the last '
    'filing resolution instant it read.';

create function oversight.filing_of(entry_number text) returns bigint
language sql stable as $$
  select f.id from filing.filing f
   where entry_number ~ '^[A-Z]{3}-[0-9]{4}-[0-9]{6,}$'
     and f.office = split_part(entry_number, '-', 1)
     and f.entry_year = case when entry_number ~ '^[A-Z]{3}-[0-9]{4}-' then split_part(entry_number, '-', 2)::integer end
     and f.entry_sequence = case when entry_number ~ '^[A-Z]{3}-[0-9]{4}-[0-9]{6,}$' then split_part(entry_number, '-', 3)::bigint end
$$;
comment on function oversight.filing_of(text) is
    'The id of the filing an entry number (CUN-2026-000123) names; null for anything else.';
