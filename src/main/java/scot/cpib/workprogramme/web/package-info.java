/**
 * Pages of the work programme under {@code webapp/work-programme/}: the overview, a workstream, the
 * progress update form, a lead's home page and the resource catalogue. Thin beans over the services.
 */
package scot.cpib.workprogramme.web;
