/** Building blocks shared by every context: entity base classes, the domain's exceptions and text rules. */
package scot.cpib.shared.domain;
