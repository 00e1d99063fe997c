-- Readiness (issue 20): a legal term that runs through a year whose holidays were never loaded
-- counted every weekday of that year as a business day. The receipt now says so, and the filing
-- keeps what it said (the receipt is given again, unchanged, to a retried reception).
alter table filing.filing add column term_note text;
comment on column filing.filing.term_note is
    'What the due date assumed when the filing was received (a year of holidays not loaded), or null.';
