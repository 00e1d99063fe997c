-- The fast-resolution rule reads each minute's resolutions and a year of them for the medians:
-- an index on the instant of the transitions that resolve a filing.
create index filing_transition_resolved on filing.filing_transition (occurred_at)
    where to_status in ('INSCRIBED', 'DENIED');
