/** Parties (personas físicas y morales) and their identifiers; plain domain code. */
package mx.gob.qroo.rppc.party.domain;
