/** Pages of the annual report: the list with the start form, a report's sections, and a section's narrative form. */
package scot.cpib.annualreport.web;
