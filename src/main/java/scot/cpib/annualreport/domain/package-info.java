/** An annual report, its status, and its sections with narrative and a snapshot of the record's figures. */
package scot.cpib.annualreport.domain;
