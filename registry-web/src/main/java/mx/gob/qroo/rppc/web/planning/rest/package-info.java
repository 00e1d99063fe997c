/**
 * API of land-use planning: publishing plan versions (planners, administrator), the public list of
 * plans and their zones, and parcels' zoning reports (staff and planners).
 */
package mx.gob.qroo.rppc.web.planning.rest;
