-- The gap queue: questions the bot answered "unknown" or with low confidence, or that a user marked
-- unhelpful. Only redacted text is stored. Times are milliseconds since 1970 (BIGINT in both databases).
CREATE TABLE gap_entries (
  id TEXT PRIMARY KEY,          -- the answer's id (a 👎 on it updates this row)
  at BIGINT NOT NULL,
  channel TEXT NOT NULL,
  region TEXT,
  intent TEXT NOT NULL,
  reason TEXT,                  -- unknown | low-confidence; NULL when only marked unhelpful
  unhelpful INTEGER NOT NULL DEFAULT 0,
  question TEXT NOT NULL,       -- redacted as in the logs
  doc_id TEXT,                  -- the clause the answer gave, if any
  clause TEXT,
  group_key TEXT NOT NULL,      -- similar questions: the same policy terms
  group_label TEXT NOT NULL
);
CREATE INDEX gap_entries_group ON gap_entries (group_key, at);
CREATE INDEX gap_entries_at ON gap_entries (at);

-- What staff decided about a group of similar questions.
CREATE TABLE gap_resolutions (
  group_key TEXT PRIMARY KEY,
  kind TEXT NOT NULL,           -- clause (answered by a clause) | outside (outside the documents)
  doc_id TEXT,
  clause TEXT,
  note TEXT NOT NULL,
  resolved_by TEXT NOT NULL,
  resolved_at BIGINT NOT NULL
);
