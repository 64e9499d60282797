/** The documents benchmark: a 20-item meeting with over 100 pages of papers, timed end to end. */
package scot.cpib.reporting.bench;
