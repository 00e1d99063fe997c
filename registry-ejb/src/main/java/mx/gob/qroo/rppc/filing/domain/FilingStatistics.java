package mx.gob.qroo.rppc.filing.domain;

import java.util.List;

/** The registry's own figures by month, office and procedure type, computed from its filings. */
public interface FilingStatistics {

  /**
   * Every month from the first reception to the current one, for every office and procedure type
   * that has had a filing, oldest first.
   */
  List<MonthlyStatistic> monthly();
}
