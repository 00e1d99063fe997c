#!/usr/bin/env bash
# Generates the benchmark data set into the registry database, set-based (generate_series), as the
# PostgreSQL superuser, in one transaction:
#
#   100,000 property folios (25,000 per office, numbers <OFFICE>-FR-500001 .. -525000), each with
#   an OPENING entry (folio.entry) and its holder (folio.entry_holder);
#   100,000 filings (25,000 per office), each on one generated folio of its own office, with their
#   filing.filing_folio, filing.filing_transition and (sales) filing.act_holder rows:
#     60 % COMPRAVENTA RECEIVED, 10 % COMPRAVENTA ASSIGNED, 10 % COMPRAVENTA WITHDRAWN,
#     20 % CERTIFICADO_LIBERTAD_GRAVAMEN INSCRIBED (a certificate writes no entry on the folio);
#   the entry numbers continue each office's counter of the current year (America/Cancun), so
#   filing.entry_number_counter stays gapless, and folio.folio_number_counter is raised to 525000.
#
# Rows are valid for the application: tracking codes XXXX-XXXX-XXXX-XXXX over
# 23456789ABCDEFGHJKMNPQRSTUVWXYZ (random, unique), CURPs with a correct RENAPO check digit, due
# dates computed with the business calendar (shared.holiday) exactly as LegalTerm does, fees from
# the fee rules and UMA in force on the reception day, version 0.
#
# Idempotent: the run is recorded in bench.generation; a second run finds it and only prints the
# summary. The generated folio numbers (500001..525000) cannot collide with the application's,
# which it issues from 1 upwards (the run refuses to start if any of them exists).
#
#   bench/generate-data.sh               # 100,000 folios + 100,000 filings
#   BENCH_FOLIOS=4000 BENCH_FILINGS=4000 bench/generate-data.sh   # smaller (multiples of 4)
#
# Environment: REGISTRY_DB_PORT (55432), REGISTRY_DB_NAME (registry),
# REGISTRY_DB_SUPERUSER_PASSWORD (postgres-demo), BENCH_FOLIOS, BENCH_FILINGS, BENCH_DRY_RUN=1
# (does everything, then rolls back; with BENCH_FIRST_NUMBER=600001 after a real run),
# BENCH_TIMING=1 (time each statement).
set -euo pipefail

DB_PORT=${REGISTRY_DB_PORT:-55432}
DB_NAME=${REGISTRY_DB_NAME:-registry}
export PGPASSWORD=${REGISTRY_DB_SUPERUSER_PASSWORD:-postgres-demo}
FOLIOS=${BENCH_FOLIOS:-100000}
FILINGS=${BENCH_FILINGS:-100000}
FIRST_NUMBER=${BENCH_FIRST_NUMBER:-500001}
((FOLIOS % 4 == 0 && FILINGS % 4 == 0 && FOLIOS >= 4 && FILINGS >= 4)) \
  || { echo "generate-data: BENCH_FOLIOS and BENCH_FILINGS must be positive multiples of 4" >&2; exit 2; }
((FOLIOS / 4 <= 499999)) || { echo "generate-data: at most 1,999,996 folios" >&2; exit 2; }

psql_super() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$DB_PORT" -U postgres -d "$DB_NAME" "$@"; }

started=$(date +%s%N)
psql_super -v per_folios=$((FOLIOS / 4)) -v per_filings=$((FILINGS / 4)) -v first_number=$FIRST_NUMBER \
  -v dry_run="${BENCH_DRY_RUN:-0}" -v timing="${BENCH_TIMING:-0}" -v app_user="${REGISTRY_DB_USER:-registry}" <<'SQL'
\set QUIET on
set client_min_messages = warning;
create schema if not exists bench;
comment on schema bench is 'Benchmark bookkeeping (bench/generate-data.sh); not used by the application.';
create table if not exists bench.generation (
    id              integer primary key default 1 check (id = 1),
    generated_at    timestamptz not null,
    folios          integer     not null,
    filings         integer     not null,
    entry_year      integer     not null,
    first_filing_id bigint      not null,
    last_filing_id  bigint      not null,
    seconds         numeric     not null
);
-- a random tracking code in canonical grouped form, as TrackingCode.random() makes it in Java
-- (about 79 random bits; a collision is refused by the unique constraint, which rolls the whole
-- run back: rerun); reception.sh's pgbench transaction uses it too, as the application's user
create or replace function bench.random_tracking_code() returns text language plpgsql volatile as $f$
declare
  alphabet constant text := '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
  code text := '';
begin
  for k in 1..16 loop
    code := code || substr(alphabet, 1 + floor(random() * 31)::int, 1);
    if k % 4 = 0 and k < 16 then code := code || '-'; end if;
  end loop;
  return code;
end $f$;
grant usage on schema bench to :"app_user";
grant execute on function bench.random_tracking_code() to :"app_user";

select exists (select 1 from bench.generation) and not :'dry_run'::boolean as already \gset
\if :timing
\timing on
\endif
\if :already
  \echo 'generate-data: the data set is already generated (bench.generation); nothing to do.'
\else
begin;
-- one generator at a time
select pg_advisory_xact_lock(hashtext('rppc-bench-generate-data')) \g /dev/null

create temp table office_info (office, ord, municipality, city, streets, notary) on commit drop as
values ('CHE', 1, '23004', 'Chetumal', array['Av. Héroes', 'Av. Insurgentes', 'Blvd. Bahía', 'Av. Maxuxac'], 'Notaría Pública 9 de Chetumal'),
       ('CUN', 2, '23005', 'Cancún', array['Av. Tulum', 'Av. Bonampak', 'Av. Kabah', 'Av. Nichupté'], 'Notaría Pública 3 de Cancún'),
       ('PDC', 3, '23008', 'Playa del Carmen', array['Av. Constituyentes', 'Calle 10 Norte', 'Av. CTM', 'Av. Juárez'], 'Notaría Pública 12 de Playa del Carmen'),
       ('COZ', 4, '23001', 'Cozumel', array['Av. Rafael E. Melgar', 'Calle 11 Sur', 'Av. Pedro Joaquín Coldwell', 'Calle 3 Sur'], 'Notaría Pública 5 de Cozumel');

-- refuse to run over folios that exist already (the application issues numbers from 1 upwards)
select count(*) > 0 as collisions from folio.folio f join office_info o on f.office = o.office
 where f.folio_number in (select format('%s-FR-%s', o2.office, lpad(n::text, 6, '0'))
                            from office_info o2, generate_series(:first_number, :first_number + :per_folios - 1) n) \gset
\if :collisions
  \echo 'generate-data: ERROR: some generated folio numbers exist already; refusing to run.'
  rollback;
  \quit
\endif

-- RENAPO check digit over the first 17 characters (weights 18..2, dictionary 0-9 A-N Ñ O-Z; the
-- generated CURPs never hold Ñ, written _ here so that the dictionary stays ASCII and fast);
-- one expression, so that the planner inlines it
create function pg_temp.curp_check(s text) returns text language sql immutable as $f$
  select ((10 - (
       (strpos('0123456789ABCDEFGHIJKLMN_OPQRSTUVWXYZ', substr(s, 1, 1)) - 1) * 18 + (strpos('0123456789ABCDEFGHIJKLMN_OPQRSTUVWXYZ', substr(s, 2, 1)) - 1) * 17 +
       (strpos('0123456789ABCDEFGHIJKLMN_OPQRSTUVWXYZ', substr(s, 3, 1)) - 1) * 16 + (strpos('0123456789ABCDEFGHIJKLMN_OPQRSTUVWXYZ', substr(s, 4, 1)) - 1) * 15 +
       (strpos('0123456789ABCDEFGHIJKLMN_OPQRSTUVWXYZ', substr(s, 5, 1)) - 1) * 14 + (strpos('0123456789ABCDEFGHIJKLMN_OPQRSTUVWXYZ', substr(s, 6, 1)) - 1) * 13 +
       (strpos('0123456789ABCDEFGHIJKLMN_OPQRSTUVWXYZ', substr(s, 7, 1)) - 1) * 12 + (strpos('0123456789ABCDEFGHIJKLMN_OPQRSTUVWXYZ', substr(s, 8, 1)) - 1) * 11 +
       (strpos('0123456789ABCDEFGHIJKLMN_OPQRSTUVWXYZ', substr(s, 9, 1)) - 1) * 10 + (strpos('0123456789ABCDEFGHIJKLMN_OPQRSTUVWXYZ', substr(s, 10, 1)) - 1) * 9 +
       (strpos('0123456789ABCDEFGHIJKLMN_OPQRSTUVWXYZ', substr(s, 11, 1)) - 1) * 8 + (strpos('0123456789ABCDEFGHIJKLMN_OPQRSTUVWXYZ', substr(s, 12, 1)) - 1) * 7 +
       (strpos('0123456789ABCDEFGHIJKLMN_OPQRSTUVWXYZ', substr(s, 13, 1)) - 1) * 6 + (strpos('0123456789ABCDEFGHIJKLMN_OPQRSTUVWXYZ', substr(s, 14, 1)) - 1) * 5 +
       (strpos('0123456789ABCDEFGHIJKLMN_OPQRSTUVWXYZ', substr(s, 15, 1)) - 1) * 4 + (strpos('0123456789ABCDEFGHIJKLMN_OPQRSTUVWXYZ', substr(s, 16, 1)) - 1) * 3 +
       (strpos('0123456789ABCDEFGHIJKLMN_OPQRSTUVWXYZ', substr(s, 17, 1)) - 1) * 2) % 10) % 10)::text
$f$;
-- deterministic people (name and a structurally valid CURP), set-based, one per index; the
-- letters each name contributes to the CURP are worked out once per name, not once per person
create function pg_temp.people(ids int[]) returns table (i int, name text, curp text) language sql stable as $f$
  with given as (
    select female, (k - 1)::int as idx, n as name, left(pl, 1) as l1,
           coalesce(substring(substr(split_part(pl, ' ', 1), 2) from '[B-DF-HJ-NP-TV-Z]'), 'X') as cons
      from (select false as female, n, k, translate(upper(n), 'ÁÉÍÓÚÜÑ', 'AEIOUUX') as pl
              from unnest(array['José Luis','Juan Carlos','Jorge','Alberto','Miguel Ángel','Luis Fernando','Ricardo',
                                'Fernando','Alejandro','Eduardo','Roberto','Francisco','Javier','Manuel','Héctor','Raúl'])
                   with ordinality as t (n, k)
            union all
            select true, n, k, translate(upper(n), 'ÁÉÍÓÚÜÑ', 'AEIOUUX')
              from unnest(array['María Fernanda','Guadalupe','Ana Sofía','Carla','Lucía','Valeria','Daniela',
                                'Rosa Elena','Patricia','Verónica','Adriana','Gabriela','Leticia','Mariana','Ximena','Itzel'])
                   with ordinality as t (n, k)) x),
  paternal as (
    select (k - 1)::int as idx, n as name, left(pl, 1) as l1,
           coalesce(substring(substr(pl, 2) from '[AEIOU]'), 'X') as vowel,
           coalesce(substring(substr(pl, 2) from '[B-DF-HJ-NP-TV-Z]'), 'X') as cons
      from (select n, k, translate(upper(n), 'ÁÉÍÓÚÜÑ', 'AEIOUUX') as pl
              from unnest(array['Gómez','Pérez','Hernández','Ramírez','Mena','Canul','Chan','Pech','May','Poot',
                                'Cauich','Dzul','Martínez','López','González','Rodríguez','Sánchez','Cruz','Flores',
                                'Rivera','Torres','Balam','Tun','Euán']) with ordinality as t (n, k)) x),
  maternal as (
    select (k - 1)::int as idx, n as name, left(pl, 1) as l1,
           coalesce(substring(substr(pl, 2) from '[B-DF-HJ-NP-TV-Z]'), 'X') as cons
      from (select n, k, translate(upper(n), 'ÁÉÍÓÚÜÑ', 'AEIOUUX') as pl
              from unnest(array['Medina','Ortiz','Vázquez','Aguilar','Castillo','Herrera','Morales','Ávila','Núñez',
                                'Peña','Cetina','Uc','Ek','Chi','Moo','Cocom','Pool','Kú','Yam','Can'])
                   with ordinality as t (n, k)) x),
  person as (
    select u.i, (u.i % 2 = 0) as female, (u.i / 2) % 16 as g, (u.i / 32) % 24 as p, (u.i / 768) % 20 as m,
           50 + u.i % 45 as yy, 1 + u.i % 12 as mm, 1 + (u.i / 12) % 28 as dd
      from unnest(ids) as u (i)),
  head as materialized (
    select person.i, g.name || ' ' || p.name || ' ' || m.name as name,
           p.l1 || p.vowel || m.l1 || g.l1 || to_char(yy, 'FM00') || to_char(mm, 'FM00') || to_char(dd, 'FM00')
           || case when person.female then 'M' else 'H' end || 'QR' || p.cons || m.cons || g.cons || '0' as first17
      from person
      join given g on g.female = person.female and g.idx = person.g
      join paternal p on p.idx = person.p
      join maternal m on m.idx = person.m)
  select head.i, head.name, first17 || pg_temp.curp_check(first17) from head
$f$;
-- business days as BusinessCalendar: Monday to Friday minus shared.holiday; `from` never counts
create function pg_temp.is_business(d date) returns boolean language sql stable as $f$
  select extract(isodow from d) < 6 and not exists (select 1 from shared.holiday h where h.day = d)
$f$;
create function pg_temp.add_business_days(d date, n int) returns date language plpgsql stable as $f$
declare counted int := 0;
begin
  while counted < n loop
    d := d + 1;
    if pg_temp.is_business(d) then counted := counted + 1; end if;
  end loop;
  return d;
end $f$;
-- LegalTerm.starting: a filing received on a non-business day counts from the next business day
create function pg_temp.due_date(received date, n int) returns date language sql stable as $f$
  select pg_temp.add_business_days(case when pg_temp.is_business(received) then received
                                        else pg_temp.add_business_days(received, 1) end, n)
$f$;
create function pg_temp.money(v numeric) returns text language sql immutable as $f$
  select '$' || to_char(v, 'FM999,999,999,999,990.00')
$f$;
create function pg_temp.uma_text(v numeric) returns text language sql immutable as $f$
  select trim_scale(v)::text || ' UMA'
$f$;

-- ------------------------------------------------------------------------------------------
-- folios, their OPENING entries and holders
-- ------------------------------------------------------------------------------------------
create temp table gen_folio on commit drop as
select nextval(pg_get_serial_sequence('folio.folio', 'id')) as id,
       nextval(pg_get_serial_sequence('folio.entry', 'id')) as entry_id,
       o.office, o.municipality, o.city, o.streets, n,
       (o.ord - 1)::bigint * :per_folios + (n - :first_number + 1) as gi,
       format('%s-FR-%s', o.office, lpad(n::text, 6, '0')) as folio_number
  from office_info o cross join generate_series(:first_number, :first_number + :per_folios - 1) n;

insert into folio.folio (id, folio_number, kind, office, opened_at, municipality, cadastral_key,
                         address, area_m2, version)
select id, folio_number, 'PROPERTY', office,
       date_trunc('milliseconds', now() - interval '330 days' + (n - :first_number) * interval '5 minutes'),
       municipality, format('%s-B%s', municipality, n),
       format('%s %s, Lote %s, %s', streets[1 + n % 4], 1 + n % 997, n, city),
       120 + (gi * 37) % 880 + 0.50, 0
  from gen_folio;

insert into folio.entry (id, folio_id, sequence, kind, signed_at, signed_by, description)
select g.entry_id, g.id, 1, 'OPENING', f.opened_at, 'registrador1', 'Apertura de folio (datos de benchmark)'
  from gen_folio g join folio.folio f on f.id = g.id;

insert into folio.entry_holder (entry_id, position, kind, name, curp, share)
select g.entry_id, 0, 'NATURAL', p.name, p.curp, 100
  from gen_folio g join pg_temp.people(array(select gi::int from gen_folio)) p on p.i = g.gi;

insert into folio.folio_number_counter as c (office, kind, last_value)
select office, 'PROPERTY', :first_number + :per_folios - 1 from office_info
on conflict (office, kind) do update set last_value = greatest(c.last_value, excluded.last_value);

-- ------------------------------------------------------------------------------------------
-- filings
-- ------------------------------------------------------------------------------------------
-- the entry year and the counters: taking them now locks each office's counter row until commit,
-- so receptions arriving meanwhile wait and then continue after the generated numbers
select extract(year from now() at time zone 'America/Cancun')::int as entry_year \gset
create temp table counter_base on commit drop as
with up as (
  insert into filing.entry_number_counter as c (office, entry_year, last_value)
  select office, :entry_year, :per_filings from office_info
  on conflict (office, entry_year) do update set last_value = c.last_value + excluded.last_value
  returning c.office, c.last_value - :per_filings as base)
select * from up;

-- reception instants: after the office's latest filing of the year, before now, in number order
create temp table office_window on commit drop as
select o.office,
       greatest(coalesce((select max(f.received_at) from filing.filing f
                           where f.office = o.office and f.entry_year = :entry_year),
                         clock_timestamp() - interval '1 day'),
                (make_date(:entry_year, 1, 1)::timestamp at time zone 'America/Cancun'),
                clock_timestamp() - interval '30 days') + interval '1 millisecond' as t_start,
       clock_timestamp() - interval '10 seconds' as t_end
  from office_info o;

-- ------------------------------------------------------------------------------------------
create temp table gen_filing on commit drop as
select nextval(pg_get_serial_sequence('filing.filing', 'id')) as id,
       o.office, o.city, o.notary, k,
       (o.ord - 1)::bigint * :per_filings + k as gi,
       b.base + k as seq,
       format('%s-FR-%s', o.office, lpad((:first_number + (k - 1) % :per_folios)::text, 6, '0')) as folio_number,
       date_trunc('milliseconds', w.t_start + (w.t_end - w.t_start) * (k::float8 / (:per_filings + 1))) as received_at,
       case when k % 10 < 6 then 'RECEIVED' when k % 10 = 6 then 'ASSIGNED'
            when k % 10 = 7 then 'WITHDRAWN' else 'INSCRIBED' end as status,
       case when k % 10 < 8 then 'COMPRAVENTA' else 'CERTIFICADO_LIBERTAD_GRAVAMEN' end as procedure_type,
       bench.random_tracking_code() as tracking_code
  from office_info o
  join counter_base b on b.office = o.office
  join office_window w on w.office = o.office
  cross join generate_series(1, :per_filings) k;

-- per reception day and procedure type: term, due date and fee (rule and UMA in force that day)
create temp table gen_day on commit drop as
with days as (
  select distinct (received_at at time zone 'America/Cancun')::date as day, procedure_type from gen_filing),
uma as (
  select d.day, d.procedure_type,
         case when d.day >= make_date(extract(year from d.day)::int, 2, 1)
              then extract(year from d.day)::int else extract(year from d.day)::int - 1 end as uma_year
    from days d)
select u.day, u.procedure_type, p.term_business_days,
       pg_temp.due_date(u.day, p.term_business_days) as due_date,
       coalesce(v.daily_value_mxn, v0.daily_value_mxn) as uma_value,
       case when v.daily_value_mxn is null
            then format(' (UMA %s: la de %s aún no está cargada)', u.uma_year - 1, u.uma_year) else '' end as caveat,
       r.kind as rule_kind, r.uma as rule_uma,
       (select b.uma from filing.fee_bracket b where b.rule_id = r.id and (b.up_to_mxn is null or b.up_to_mxn >= 1500000.00)
         order by b.up_to_mxn nulls last limit 1) as bracket_uma,
       (select b.up_to_mxn from filing.fee_bracket b where b.rule_id = r.id and (b.up_to_mxn is null or b.up_to_mxn >= 1500000.00)
         order by b.up_to_mxn nulls last limit 1) as bracket_up_to,
       (select max(b.up_to_mxn) from filing.fee_bracket b where b.rule_id = r.id and b.up_to_mxn < 1500000.00) as bracket_lower
  from uma u
  join filing.procedure_type p on p.code = u.procedure_type
  left join filing.uma_value v on v.year = u.uma_year
  left join filing.uma_value v0 on v0.year = u.uma_year - 1
  join lateral (select * from filing.fee_rule r where r.procedure_type = u.procedure_type and r.valid_from <= u.day
                 order by r.valid_from desc limit 1) r on true;

insert into filing.filing (id, office, entry_year, entry_sequence, tracking_code, procedure_type,
    applicant_name, applicant_curp, status, received_at, priority_at, due_date, term_business_days,
    assigned_to, act_value_mxn, deed_number, deed_notary, deed_date, pages, fee_uma, fee_mxn,
    fee_explanation, version)
select g.id, g.office, :entry_year, g.seq, g.tracking_code, g.procedure_type,
       a.name, a.curp, g.status, g.received_at, g.received_at, d.due_date, d.term_business_days,
       case when g.status in ('ASSIGNED', 'INSCRIBED') then 'registrador1' end,
       case when g.procedure_type = 'COMPRAVENTA' then 1500000.00 end,
       case when g.procedure_type = 'COMPRAVENTA' then 'B-' || g.gi end,
       case when g.procedure_type = 'COMPRAVENTA' then g.notary end,
       case when g.procedure_type = 'COMPRAVENTA' then (g.received_at at time zone 'America/Cancun')::date - 3 end,
       1, fee.uma, round(fee.uma * d.uma_value, 2),
       fee.how || ' × ' || pg_temp.money(d.uma_value) || d.caveat, 0
  from gen_filing g
  join gen_day d on d.day = (g.received_at at time zone 'America/Cancun')::date and d.procedure_type = g.procedure_type
  join pg_temp.people(array(select (gi + 1000003)::int from gen_filing)) a on a.i = g.gi + 1000003
  cross join lateral (
    select case d.rule_kind when 'FIXED' then d.rule_uma else d.bracket_uma end as uma,
           case d.rule_kind
             when 'FIXED' then pg_temp.uma_text(d.rule_uma)
             else pg_temp.uma_text(d.bracket_uma) || ' (valor del acto ' || pg_temp.money(1500000.00)
                  || case when d.bracket_up_to is not null then ', hasta ' || pg_temp.money(d.bracket_up_to)
                          when d.bracket_lower is not null then ', más de ' || pg_temp.money(d.bracket_lower)
                          else '' end || ')'
           end as how) fee
 order by g.office, g.seq;

insert into filing.filing_folio (filing_id, folio_number)
select id, folio_number from gen_filing;

insert into filing.act_holder (filing_id, position, kind, name, curp, share)
select g.id, 0, 'NATURAL', p.name, p.curp, 100
  from gen_filing g
  join pg_temp.people(array(select (gi + 2000003)::int from gen_filing where procedure_type = 'COMPRAVENTA')) p
    on p.i = g.gi + 2000003
 where g.procedure_type = 'COMPRAVENTA';

insert into filing.filing_transition (filing_id, position, from_status, to_status, actor, occurred_at, reason)
select g.id, t.position, t.from_status, t.to_status, t.actor, g.received_at + t.position * interval '1 second', t.reason
  from gen_filing g
  join (values
    ('RECEIVED', 0, null, 'RECEIVED', 'capturista1', 'Recepción'),
    ('ASSIGNED', 0, null, 'RECEIVED', 'capturista1', 'Recepción'),
    ('ASSIGNED', 1, 'RECEIVED', 'ASSIGNED', 'registrador1', 'Turnado a registrador1'),
    ('WITHDRAWN', 0, null, 'RECEIVED', 'capturista1', 'Recepción'),
    ('WITHDRAWN', 1, 'RECEIVED', 'WITHDRAWN', 'capturista1', 'Desistimiento a petición del solicitante'),
    ('INSCRIBED', 0, null, 'RECEIVED', 'capturista1', 'Recepción'),
    ('INSCRIBED', 1, 'RECEIVED', 'ASSIGNED', 'registrador1', 'Turnado a registrador1'),
    ('INSCRIBED', 2, 'ASSIGNED', 'IN_EXAMINATION', 'registrador1', 'Inicia calificación'),
    ('INSCRIBED', 3, 'IN_EXAMINATION', 'INSCRIBED', 'registrador1', 'Inscripción'))
    as t (status, position, from_status, to_status, actor, reason) on t.status = g.status;

insert into bench.generation (generated_at, folios, filings, entry_year, first_filing_id, last_filing_id, seconds)
select now(), (select count(*) from gen_folio), (select count(*) from gen_filing), :entry_year,
       (select min(id) from gen_filing), (select max(id) from gen_filing),
       round(extract(epoch from clock_timestamp() - now())::numeric, 1)
 where not :'dry_run'::boolean;
\if :dry_run
  \echo 'generate-data: dry run, a sample of what would be written:'
  \x on
  select f.*, ff.folio_number from filing.filing f join filing.filing_folio ff on ff.filing_id = f.id
   where f.id in (select min(id) from gen_filing union select max(id) from gen_filing);
  select e.*, h.* from folio.entry e join folio.entry_holder h on h.entry_id = e.id where e.id = (select min(entry_id) from gen_folio);
  select * from folio.folio where id = (select max(id) from gen_folio);
  \x off
  select status, procedure_type, count(*) from gen_filing group by 1, 2 order by 1, 2;
  select t.* from filing.filing_transition t where t.filing_id = (select max(id) from gen_filing) order by position;
  \echo 'generate-data: dry run, rolling back'
  rollback;
\else
  commit;
\endif
analyze folio.folio; analyze folio.entry; analyze folio.entry_holder;
analyze filing.filing; analyze filing.filing_folio; analyze filing.filing_transition; analyze filing.act_holder;
\endif
SQL

psql_super -At -F ' | ' <<'SQL'
select 'generation: ' || to_char(generated_at at time zone 'America/Cancun', 'YYYY-MM-DD HH24:MI') || ' America/Cancun, '
       || folios || ' folios, ' || filings || ' filings, entry year ' || entry_year
       || ', filing ids ' || first_filing_id || '..' || last_filing_id || ', SQL took ' || seconds || ' s'
  from bench.generation;
select 'counter ' || c.office || '-' || c.entry_year || ': last_value ' || c.last_value
       || ', filings ' || count(f.id) || ', max sequence ' || coalesce(max(f.entry_sequence), 0)
       || case when c.last_value = count(f.id) and c.last_value = max(f.entry_sequence) then ' (gapless)' else ' (MISMATCH)' end
  from filing.entry_number_counter c left join filing.filing f on f.office = c.office and f.entry_year = c.entry_year
 where c.entry_year = (select entry_year from bench.generation)
 group by c.office, c.entry_year, c.last_value order by c.office;
SQL
elapsed_ms=$((($(date +%s%N) - started) / 1000000))
printf 'generate-data: done in %d.%01d s\n' $((elapsed_ms / 1000)) $((elapsed_ms % 1000 / 100))
