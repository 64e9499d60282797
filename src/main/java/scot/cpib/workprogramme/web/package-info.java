/** Backing beans of the work programme pages (webapp/work-programme/). */
package scot.cpib.workprogramme.web;
