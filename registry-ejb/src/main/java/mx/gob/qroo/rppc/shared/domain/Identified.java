package mx.gob.qroo.rppc.shared.domain;

/** Something a search can answer with, named in the search's access event by this identifier. */
public interface Identified {

  String identifier();
}
