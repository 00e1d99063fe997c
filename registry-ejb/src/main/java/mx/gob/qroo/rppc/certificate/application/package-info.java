/** Issuing, downloading and verifying lien certificates, with roles and the access log. */
package mx.gob.qroo.rppc.certificate.application;
