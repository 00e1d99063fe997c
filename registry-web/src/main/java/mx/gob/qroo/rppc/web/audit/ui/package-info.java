/** The auditors' pages: the access log's search and export, its verification, the alerts queue. */
package mx.gob.qroo.rppc.web.audit.ui;
