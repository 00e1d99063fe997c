/**
 * The planners' map ({@code /mapa}): the data it draws, read in the browser session of the person
 * logged in (JSON under {@code /mapa/datos}).
 */
package mx.gob.qroo.rppc.web.maps.ui;
