/** The certificates' PDF (PDFBox, ZXing), its PAdES signature and their rows. */
package mx.gob.qroo.rppc.certificate.infrastructure;
