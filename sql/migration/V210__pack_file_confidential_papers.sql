-- The secretariat's copy of an issued pack (pack_file.cleared) is now also made when a version has no
-- confidential papers but members have declared interests on its items (printed beside each item).
-- confidential_papers says whether the file carries confidential papers; until now every cleared file did.
-- One dialect accepted by MariaDB/MySQL and by H2 2.2 in MySQL mode, as V001.

ALTER TABLE pack_file ADD COLUMN confidential_papers BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE pack_file SET confidential_papers = cleared;
