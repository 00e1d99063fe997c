/** Lien certificates for staff: which a filing issued, and their signed PDFs. */
package mx.gob.qroo.rppc.web.certificate.rest;
