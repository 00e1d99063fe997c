/**
 * Land-use planning instruments (PDU, POEL) as published versions with their zones, and what a
 * parcel's zoning is on a day. Mapping-free records and rules.
 */
package mx.gob.qroo.rppc.planning.domain;
