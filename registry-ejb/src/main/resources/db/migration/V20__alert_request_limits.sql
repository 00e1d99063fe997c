-- Alerta Inmobiliaria's form could mail an address (or many addresses about one folio) as often as
-- anyone pressed the button. Each request taken is kept, so that an address gets at most one
-- confirmation a day while its last one is unconfirmed, and a folio at most a few requests a day.
create table alerting.subscription_request (
    id              bigint generated always as identity primary key,
    subscription_id bigint      not null references alerting.subscription (id),
    email           text        not null,
    folio_number    varchar(24) not null,
    requested_at    timestamptz not null
);
comment on table alerting.subscription_request is
    'Each request to subscribe that passed the daily limits (one unconfirmed request per address, '
    'a few per folio), whether it queued a confirmation or found the address already subscribed.';
create index subscription_request_by_address on alerting.subscription_request (lower(email), requested_at);
create index subscription_request_by_folio on alerting.subscription_request (folio_number, requested_at);
