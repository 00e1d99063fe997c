/** Servlet filters shared by both web archives. */
package mx.gob.qroo.rppc.web.shared.filter;
