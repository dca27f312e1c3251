import type { Migration } from '../../migration';

/**
 * The e-dossier (电子卷宗) of a case. The original files are kept as blobs inside workspace.db,
 * addressed by sha256, rather than in a folder under dataDir: the workspace is the file that is
 * encrypted at rest, so a scanned ID card or a judgment draft must not sit beside it in clear
 * text, and a document row and its bytes are then written in one transaction (an interrupted
 * import leaves neither). Size limits (main/services/dossier/limits.ts) keep blobs modest.
 */
export const dossierTables: Migration = {
  version: 5,
  name: 'dossier',
  up(db) {
    db.exec(`
      CREATE TABLE dossier_blobs (
        sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
        size INTEGER NOT NULL CHECK (size > 0),
        bytes BLOB NOT NULL
      ) STRICT;

      CREATE TABLE dossier_documents (
        id TEXT PRIMARY KEY,
        case_id TEXT NOT NULL REFERENCES cases(id),
        file_name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('docx', 'pdf', 'image', 'txt')),
        sha256 TEXT NOT NULL REFERENCES dossier_blobs(sha256),
        size INTEGER NOT NULL,
        pages INTEGER NOT NULL CHECK (pages >= 1),
        ocr_pages INTEGER NOT NULL DEFAULT 0,
        text TEXT NOT NULL,
        category TEXT,                      -- 起诉状 … 其他; NULL until catalogued
        confidence REAL CHECK (confidence IS NULL OR (confidence >= 0 AND confidence <= 1)),
        reasons TEXT NOT NULL DEFAULT '[]', -- JSON: why the catalogue chose the category
        suggested_category TEXT,            -- what the machine said, kept after a correction
        corrected_by TEXT,                  -- set when a person chose the category
        corrected_at TEXT,
        imported_at TEXT NOT NULL,
        imported_by TEXT NOT NULL
      ) STRICT;
      -- The same bytes once per case: a second upload is reported as a duplicate.
      CREATE UNIQUE INDEX dossier_documents_case_sha ON dossier_documents(case_id, sha256);
      CREATE INDEX dossier_documents_case ON dossier_documents(case_id, imported_at);

      CREATE TABLE dossier_pages (
        document_id TEXT NOT NULL REFERENCES dossier_documents(id) ON DELETE CASCADE,
        page_no INTEGER NOT NULL CHECK (page_no >= 1),
        method TEXT NOT NULL CHECK (method IN ('text', 'ocr')),
        text TEXT NOT NULL,
        PRIMARY KEY (document_id, page_no)
      ) STRICT;
    `);
  },
};
