-- One counter that goes up after every committed transaction that changed the record (issue 13,
-- docs/performance.md "Caching"): a server keeps a read, such as a page of the action register, only
-- under the counter it read before it, so a cached read is served only while nothing has changed since,
-- whichever server made the change. scot.cpib.shared.infrastructure.DataChanges raises it.
CREATE TABLE data_version (
    id      INT    NOT NULL PRIMARY KEY,
    version BIGINT NOT NULL
);
INSERT INTO data_version (id, version) VALUES (1, 0);
