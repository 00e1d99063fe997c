/** Documents of filings: upload, state, extracted text. */
package mx.gob.qroo.rppc.web.document.rest;
