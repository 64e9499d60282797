/** Use cases of the work programme: reporting periods, chasing missing updates, reads for reports and the API. */
package scot.cpib.workprogramme.application;
