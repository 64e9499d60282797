/**
 * The board's engagement strategy and engagement log: aims, stakeholder groups, channels, numbered
 * core messages, the plan for each group (channels, delivery leads, messages), the forward schedule,
 * the engagements that happened, and the coverage of planned group × message cells in a period.
 */
package scot.cpib.engagement.domain;
