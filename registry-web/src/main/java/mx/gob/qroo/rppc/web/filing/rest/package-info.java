/** REST resources of filings: request/response records and their assembly; no entities leave. */
package mx.gob.qroo.rppc.web.filing.rest;
