/** Administration pages for the secretariat: browsing the audit trail. */
package scot.cpib.admin.web;
