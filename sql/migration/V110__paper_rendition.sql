-- An office paper (Word, Excel, PowerPoint, ODF, text) printed to PDF once, at upload, so issuing a
-- pack merges the stored rendition instead of converting again. "route" says what printed it
-- (LibreOffice or the pure-Java reader).
CREATE TABLE paper_rendition (
    paper_id BIGINT PRIMARY KEY,
    data LONGBLOB NOT NULL,
    pages INT NOT NULL,
    route VARCHAR(20) NOT NULL,
    CONSTRAINT fk_paper_rendition_paper FOREIGN KEY (paper_id) REFERENCES paper (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
