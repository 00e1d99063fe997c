-- Alerta Inmobiliaria: an owner subscribes a folio with an e-mail address (double opt-in) and is
-- told of every new filing and entry on it. The messages wait in an outbox, written by triggers in
-- the same transaction as the filing or entry, and a sender delivers them: none is lost when the
-- mail server is down, and the reception's own statements need not know about alerts.
create schema alerting;

create table alerting.subscription (
    id            bigint generated always as identity primary key,
    folio_number  varchar(24) not null references folio.folio (folio_number),
    email         text        not null check (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' and length(email) <= 254),
    token         varchar(43) not null unique,
    requested_at  timestamptz not null,
    confirmed_at  timestamptz,
    cancelled_at  timestamptz
);
comment on table alerting.subscription is
    'A folio watched by an e-mail address. Only confirmed, not cancelled subscriptions get alerts; '
    'the token (random, in the links of the messages) confirms and cancels.';
create unique index subscription_one_per_address on alerting.subscription (folio_number, lower(email))
    where cancelled_at is null;

create table alerting.outbox (
    id              bigint generated always as identity primary key,
    subscription_id bigint      not null references alerting.subscription (id),
    kind            varchar(16) not null check (kind in ('CONFIRMATION', 'FILING', 'ENTRY')),
    reference       text,
    occurred_at     timestamptz not null,
    sent_at         timestamptz,
    attempts        integer     not null default 0,
    last_error      text
);
comment on table alerting.outbox is
    'Messages to send: the confirmation request, and a filing (reference: its entry number) or an '
    'entry (reference: its kind) on a watched folio. Sent at least once; failures are retried.';
create index outbox_pending on alerting.outbox (id) where sent_at is null;

create function alerting.filing_on_watched_folio() returns trigger language plpgsql as $$
begin
    insert into alerting.outbox (subscription_id, kind, reference, occurred_at)
    select s.id, 'FILING', f.office || '-' || f.entry_year || '-' || lpad(f.entry_sequence::text, 6, '0'),
           f.received_at
      from alerting.subscription s, filing.filing f
     where s.folio_number = new.folio_number and s.confirmed_at is not null
       and s.cancelled_at is null and f.id = new.filing_id;
    return null;
end $$;
create trigger filing_on_watched_folio after insert on filing.filing_folio
    for each row execute function alerting.filing_on_watched_folio();

create function alerting.entry_on_watched_folio() returns trigger language plpgsql as $$
begin
    insert into alerting.outbox (subscription_id, kind, reference, occurred_at)
    select s.id, 'ENTRY', new.kind, new.signed_at
      from alerting.subscription s join folio.folio f on f.folio_number = s.folio_number
     where f.id = new.folio_id and s.confirmed_at is not null and s.cancelled_at is null;
    return null;
end $$;
create trigger entry_on_watched_folio after insert on folio.entry
    for each row execute function alerting.entry_on_watched_folio();
