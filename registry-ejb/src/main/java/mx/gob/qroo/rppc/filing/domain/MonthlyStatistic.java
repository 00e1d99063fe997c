package mx.gob.qroo.rppc.filing.domain;

import java.time.YearMonth;

/**
 * One month of one procedure type at one office, as the open data publishes it: counts and business
 * days only, never a person.
 *
 * @param received filings received in the month
 * @param resolved filings resolved in the month (inscribed or denied: the registrar's decision)
 * @param medianBusinessDays of those resolved, the median of business days from reception to
 *     resolution (Quintana Roo's calendar, holidays included); null when none was resolved
 * @param p90BusinessDays likewise, the 90th percentile
 * @param onTimeShare of those resolved, the share resolved by their legal due date (0 to 1); null
 *     when none was resolved
 * @param backlog filings received by the month's end and not yet resolved, withdrawn or lapsed then
 */
public record MonthlyStatistic(
    YearMonth month,
    String office,
    String procedureType,
    String procedureTypeName,
    long received,
    long resolved,
    Double medianBusinessDays,
    Double p90BusinessDays,
    Double onTimeShare,
    long backlog) {}
