/** Starting a report, computing its figures from the other contexts, refreshing them and saving narrative. */
package scot.cpib.annualreport.application;
