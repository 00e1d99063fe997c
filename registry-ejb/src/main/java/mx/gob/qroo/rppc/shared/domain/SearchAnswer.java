package mx.gob.qroo.rppc.shared.domain;

import java.util.List;

/** A search's answer that is more than a list (a page with its total): the items it returned. */
public interface SearchAnswer {

  List<?> items();
}
