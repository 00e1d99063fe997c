/**
 * The legacy-books batch job (META-INF/batch-jobs/legacy-books.xml): its reader, processor, writer
 * and last step. They run on the batch runtime's threads, outside any caller's security context, so
 * they use the infrastructure directly.
 */
package mx.gob.qroo.rppc.document.application.batch;
