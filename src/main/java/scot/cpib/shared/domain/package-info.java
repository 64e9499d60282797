/** Building blocks shared by every context: entity base classes and the domain's exceptions. */
package scot.cpib.shared.domain;
