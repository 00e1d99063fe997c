/**
 * Reading the map: the public layers for anyone (within a budget) and the restricted ones for staff
 * and planners, with the access log.
 */
package mx.gob.qroo.rppc.maps.application;
