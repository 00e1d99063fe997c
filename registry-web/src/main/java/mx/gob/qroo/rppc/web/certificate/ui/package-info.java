/** The public verification of lien certificates: {@code /verificar/{code}}. */
package mx.gob.qroo.rppc.web.certificate.ui;
