package mx.gob.qroo.rppc.cadastre.domain;

import java.util.List;

/**
 * What a subdivision or a merger did: the keys it retired, the keys it created and the ids of the
 * new parcel versions (for what must follow them, such as the zoning overlay).
 */
public record ParcelChange(
    String event, List<String> retired, List<String> created, List<Long> createdParcelIds) {}
