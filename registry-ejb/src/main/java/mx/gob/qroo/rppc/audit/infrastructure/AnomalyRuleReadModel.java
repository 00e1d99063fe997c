package mx.gob.qroo.rppc.audit.infrastructure;

import java.util.Map;
import mx.gob.qroo.rppc.audit.domain.AccessEvent;
import mx.gob.qroo.rppc.audit.domain.AnomalyRule;

/**
 * The auditors' view across contexts: each anomaly rule as one set-based query over the window of a
 * detection run, joining the access log with the filings, folios and staff they are about (the one
 * place in the audit context that reads other contexts' tables). Every query follows the CTEs
 * {@code w(from_leaf, to_leaf, from_resolved, to_resolved)} and {@code new_events} (the events
 * whose leaves are in {@code [from_leaf, to_leaf)}) and yields its hits: {@code actor, scope,
 * summary, event_id}, one row per event behind an alert.
 */
final class AnomalyRuleReadModel {

  private AnomalyRuleReadModel() {}

  static final String LOCAL_DAY =
      "to_char(e.occurred_at at time zone 'America/Cancun', 'YYYY-MM-DD')";

  private static final String PRELACION_SKIP =
      """
      select e.actor, e.resource_id as scope, e.detail as summary, e.id as event_id
        from new_events e
       where e.outcome = 'ANOMALY' and e.resource_type = 'FILING'
         and starts_with(e.detail, '%s')
      """
          .formatted(AccessEvent.PRIORITY_SKIP_DETAIL);

  /** Filing f serves read e: named by its justification or, without one, the reader's work. */
  private static final String LINKED_TO_WORK =
      """
      case when e.justification is not null
           then f.id = oversight.filing_of(e.justification)
           else f.assigned_to = e.actor
                or exists (select 1 from filing.filing_transition t
                            where t.filing_id = f.id and t.actor = e.actor) end""";

  /*
   * A read is linked to the reader's work when a filing concerning the resource (the filing itself,
   * or one on the folio) is the one the justification names or, without one, is assigned to the
   * reader or has a status change by them, or when the reader created the resource. A reason code
   * is a declared justification.
   */
  private static final String UNJUSTIFIED_ACCESS =
      """
      select e.actor, e.resource_type || ' ' || e.resource_id || ' ' || %1$s as scope,
             case e.resource_type when 'FOLIO' then 'Consultas del folio ' else 'Consultas de la solicitud ' end
               || e.resource_id || ' el ' || %1$s || ' sin justificación ligada al trabajo de '
               || e.actor as summary,
             e.id as event_id
        from new_events e
       where e.action = 'READ' and e.outcome = 'SUCCESS' and e.resource_type in ('FOLIO', 'FILING')
         and e.resource_id is not null and e.roles <> ''
         and (e.justification is null or oversight.filing_of(e.justification) is not null)
         and case e.resource_type
               when 'FILING' then not exists (
                 select 1 from filing.filing f
                  where f.id = oversight.filing_of(e.resource_id) and %2$s)
               else not exists (
                 select 1 from filing.filing_folio ff join filing.filing f on f.id = ff.filing_id
                  where ff.folio_number = e.resource_id and %2$s) end
         and not (e.justification is null
                  and exists (select 1 from audit.access_event c
                               where c.resource_type = e.resource_type and c.resource_id = e.resource_id
                                 and c.action = 'CREATE' and c.actor = e.actor and c.outcome = 'SUCCESS'))
      """
          .formatted(LOCAL_DAY, LINKED_TO_WORK);

  private static final String OUT_OF_HOURS =
      """
      select e.actor, %1$s as scope,
             'Accesos fuera del horario de oficina el ' || %1$s as summary, e.id as event_id
        from new_events e
        left join shared.staff_member s on s.user_name = e.actor
        left join shared.office_hours h on h.office = s.office
       cross join (select min(opens) as opens, max(closes) as closes from shared.office_hours) widest
       cross join lateral (select e.occurred_at at time zone 'America/Cancun' as at) l
       where e.roles <> ''
         and (extract(isodow from l.at) > 5
              or exists (select 1 from shared.holiday d where d.day = l.at::date)
              or l.at::time < coalesce(h.opens, widest.opens)
              or l.at::time >= coalesce(h.closes, widest.closes))
      """
          .formatted(LOCAL_DAY);

  /*
   * The hours the window's reads fall in, each against the reader's own mean reads per active hour
   * and their peers' (same roles) over the days before: oversight.hourly_reads, which the run has
   * just brought up to date.
   */
  private static final String BULK_ACCESS_CTES =
      """
      , hours as (
        select distinct e.actor, date_trunc('hour', e.occurred_at) as hour
          from new_events e where e.action in ('READ', 'SEARCH', 'EXPORT') and e.roles <> ''),
      suspicious as (
        select h.actor, h.hour, r.reads,
               (select avg(o.reads) from oversight.hourly_reads o
                 where o.actor = h.actor and o.hour >= h.hour - interval '%1$d days' and o.hour < h.hour) as own,
               (select avg(p.reads) from oversight.hourly_reads p
                 where p.roles = r.roles and p.actor <> h.actor
                   and p.hour >= h.hour - interval '%1$d days' and p.hour < h.hour) as peers
          from hours h join oversight.hourly_reads r on r.actor = h.actor and r.hour = h.hour
         where r.reads >= %2$d)
      , flagged as (
        select s.actor, s.hour,
               to_char(s.hour at time zone 'America/Cancun', 'YYYY-MM-DD HH24:00') as scope,
               s.reads || ' lecturas entre las ' || to_char(s.hour at time zone 'America/Cancun', 'HH24:00')
                 || ' y las ' || to_char((s.hour + interval '1 hour') at time zone 'America/Cancun', 'HH24:00')
                 || ' del ' || to_char(s.hour at time zone 'America/Cancun', 'YYYY-MM-DD')
                 || ' (promedio por hora: propio ' || coalesce(round(s.own, 1)::text, 'sin historial')
                 || ', de sus pares ' || coalesce(round(s.peers, 1)::text, 'sin historial') || ')' as summary
          from suspicious s
         where s.reads > %3$d * coalesce(s.own, 0) and s.reads > %3$d * coalesce(s.peers, 0)),
      marked as (
        select f.*, exists (select 1 from oversight.alert a
                             where a.rule = 'BULK_ACCESS' and a.actor = f.actor and a.scope = f.scope) as raised
          from flagged f)
      """
          .formatted(
              AnomalyRule.BASELINE_DAYS, AnomalyRule.BULK_MIN_READS, AnomalyRule.BULK_FACTOR);

  /*
   * An hour already flagged only gains the window's events; a newly flagged one takes all its
   * reads that are in the tree, so the alert shows the whole hour.
   */
  private static final String BULK_ACCESS =
      """
      select m.actor, m.scope, m.summary, e.id as event_id
        from marked m
        join new_events e
          on e.actor = m.actor and e.occurred_at >= m.hour and e.occurred_at < m.hour + interval '1 hour'
       where m.raised and e.action in ('READ', 'SEARCH', 'EXPORT')
      union all
      select m.actor, m.scope, m.summary, e.id as event_id
        from marked m
        join audit.access_event e
          on e.actor = m.actor and e.occurred_at >= m.hour and e.occurred_at < m.hour + interval '1 hour'
       where not m.raised and e.action in ('READ', 'SEARCH', 'EXPORT')
         and exists (select 1 from audit.log_leaf l, w where l.event_id = e.id and l.leaf_index < w.to_leaf)
      """;

  /*
   * Resolutions (inscribed or denied) in the window, against the median time to resolve of their
   * procedure type over the year before; the events behind are the resolver's accesses to the
   * filing.
   */
  private static final String FAST_RESOLUTION_CTES =
      """
      , resolutions as not materialized (
        select t.filing_id, t.actor, t.occurred_at, t.reason
          from filing.filing_transition t
         where t.to_status in ('INSCRIBED', 'DENIED')
           and not exists (select 1 from filing.filing_transition p
                            where p.filing_id = t.filing_id and p.position < t.position
                              and p.to_status in ('INSCRIBED', 'DENIED'))),
      recent as (
        select r.*, f.procedure_type, f.received_at, r.occurred_at - f.received_at as took,
               f.office || '-' || lpad(f.entry_year::text, 4, '0') || '-' || lpad(f.entry_sequence::text, 6, '0') as entry_number
          from resolutions r join filing.filing f on f.id = r.filing_id, w
         where r.occurred_at > w.from_resolved and r.occurred_at <= w.to_resolved
           and coalesce(trim(r.reason), '') = ''),
      medians as (
        select f.procedure_type, count(*) as samples,
               percentile_cont(0.5) within group (order by extract(epoch from r.occurred_at - f.received_at)) as median
          from resolutions r join filing.filing f on f.id = r.filing_id, w
         where r.occurred_at > w.to_resolved - interval '365 days' and r.occurred_at <= w.to_resolved
           and f.procedure_type in (select procedure_type from recent)
         group by f.procedure_type)
      """;

  private static final String FAST_RESOLUTION =
      """
      select c.actor, c.entry_number as scope,
             'La solicitud ' || c.entry_number || ' se resolvió en ' || round(extract(epoch from c.took) / 3600.0, 1)
               || ' h; la mediana de su tipo de trámite es ' || round((m.median / 3600.0)::numeric, 1)
               || ' h, y la resolución no registra motivo' as summary,
             e.id as event_id
        from recent c
        join medians m on m.procedure_type = c.procedure_type
        join audit.access_event e on e.resource_type = 'FILING' and e.resource_id = c.entry_number
       where m.samples >= %1$d and extract(epoch from c.took) < %2$s * m.median
         and e.actor = c.actor
         and exists (select 1 from audit.log_leaf l, w where l.event_id = e.id and l.leaf_index < w.to_leaf)
      """
          .formatted(
              AnomalyRule.FAST_MIN_SAMPLES, String.valueOf(AnomalyRule.FAST_SHARE_OF_MEDIAN));

  /*
   * A party to a filing: its applicant, a holder its act establishes, or a holder recorded on an
   * entry of one of its folios.
   */
  private static final String STAFF_AS_PARTY =
      """
      select e.actor, e.resource_id as scope,
             s.full_name || ' (' || e.actor || ') actuó sobre la solicitud ' || e.resource_id
               || ', en la que es parte con su CURP ' || s.curp as summary,
             e.id as event_id
        from new_events e
        join shared.staff_member s on s.user_name = e.actor and s.curp is not null
        join filing.filing f on f.id = oversight.filing_of(e.resource_id)
       where e.resource_type = 'FILING' and e.action in ('CREATE', 'UPDATE')
         and (f.applicant_curp = s.curp
              or exists (select 1 from filing.act_holder h where h.filing_id = f.id and h.curp = s.curp)
              or exists (select 1 from folio.entry_holder eh
                           join folio.entry en on en.id = eh.entry_id
                           join folio.folio fo on fo.id = en.folio_id
                           join filing.filing_folio ff on ff.folio_number = fo.folio_number
                          where eh.curp = s.curp and ff.filing_id = f.id))
      """;

  /** Reads beyond the reader's offices: allowed on a justification, or refused. */
  private static final String CROSS_OFFICE_READ =
      """
      select e.actor, e.resource_type || ' ' || e.resource_id || ' ' || %1$s as scope,
             e.detail as summary, e.id as event_id
        from new_events e
       where e.action in ('READ', 'SEARCH') and e.resource_id is not null
         and (e.outcome = 'CROSS_OFFICE'
              or (e.outcome = 'DENIED' and starts_with(e.detail, '%2$s')))
      """
          .formatted(LOCAL_DAY, AccessEvent.OUTSIDE_OFFICE_DETAIL);

  private static final String SELF_REASSIGNMENT =
      """
      select e.actor, e.resource_id as scope, e.detail as summary, e.id as event_id
        from new_events e
       where e.outcome = 'ANOMALY' and e.resource_type = 'FILING'
         and starts_with(e.detail, '%s')
      """
          .formatted(AccessEvent.REASSIGNMENT_DETAIL);

  /** A rule's query: CTEs continuing the window's (or nothing), then the select of its hits. */
  record Query(String ctes, String hits) {}

  static final Map<AnomalyRule, Query> QUERIES =
      Map.of(
          AnomalyRule.PRELACION_SKIP, new Query("", PRELACION_SKIP),
          AnomalyRule.UNJUSTIFIED_ACCESS, new Query("", UNJUSTIFIED_ACCESS),
          AnomalyRule.BULK_ACCESS, new Query(BULK_ACCESS_CTES, BULK_ACCESS),
          AnomalyRule.OUT_OF_HOURS, new Query("", OUT_OF_HOURS),
          AnomalyRule.FAST_RESOLUTION, new Query(FAST_RESOLUTION_CTES, FAST_RESOLUTION),
          AnomalyRule.STAFF_AS_PARTY, new Query("", STAFF_AS_PARTY),
          AnomalyRule.CROSS_OFFICE_READ, new Query("", CROSS_OFFICE_READ),
          AnomalyRule.SELF_REASSIGNMENT, new Query("", SELF_REASSIGNMENT));
}
