/** Documents: files of filings, stored once by content, their real type, text and pages. */
package mx.gob.qroo.rppc.document.domain;
