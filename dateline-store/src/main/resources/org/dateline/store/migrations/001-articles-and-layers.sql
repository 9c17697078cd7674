-- Articles and what the analysis found in them. Dates are ISO 8601 text (YYYY-MM-DD), which sorts
-- and compares as dates. Entity names are also kept as a search key: lower case, accents removed.

CREATE TABLE articles (
  id            INTEGER PRIMARY KEY,
  content_hash  TEXT NOT NULL UNIQUE,      -- SHA-256 of the text with white space collapsed
  title         TEXT,
  language      TEXT,
  published     TEXT,
  anchor_date   TEXT,                      -- the dateline's date, else the publication date
  text          TEXT NOT NULL,
  contract_json TEXT NOT NULL,             -- the article JSON of the contract, for export
  minhash       BLOB NOT NULL,             -- MinHash signature of the text's word shingles
  ingested_at   TEXT NOT NULL
);
CREATE INDEX articles_anchor_date ON articles(anchor_date);

-- Every URL or path an article was read from: the same text under another URL is another source.
CREATE TABLE article_sources (
  id          INTEGER PRIMARY KEY,
  article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  uri         TEXT NOT NULL,
  bytes_hash  TEXT NOT NULL,               -- SHA-256 of the bytes as read: a resumed ingest skips them
  match       TEXT NOT NULL CHECK (match IN ('first', 'same-text', 'near-duplicate')),
  similarity  REAL NOT NULL,               -- estimated Jaccard similarity to the stored text
  seen_at     TEXT NOT NULL,
  UNIQUE (uri, bytes_hash)
);
CREATE INDEX article_sources_article ON article_sources(article_id);

-- LSH bands of each article's MinHash signature: articles sharing a band are near-duplicate candidates.
CREATE TABLE minhash_bands (
  band_key    INTEGER NOT NULL,
  article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE
);
CREATE INDEX minhash_bands_key ON minhash_bands(band_key);
CREATE INDEX minhash_bands_article ON minhash_bands(article_id);

CREATE TABLE entities (
  id          INTEGER PRIMARY KEY,
  article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  local_id    TEXT NOT NULL,               -- the id inside the article JSON ("E1")
  type        TEXT NOT NULL,
  name        TEXT NOT NULL,
  name_key    TEXT NOT NULL,
  country     TEXT,
  kb_id       TEXT,
  UNIQUE (article_id, local_id)
);
CREATE INDEX entities_name_key ON entities(name_key);
CREATE INDEX entities_kb_id ON entities(kb_id);

CREATE TABLE mentions (
  id          INTEGER PRIMARY KEY,
  entity_id   INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  start       INTEGER NOT NULL,
  "end"       INTEGER NOT NULL,
  text        TEXT NOT NULL,
  form        TEXT NOT NULL
);
CREATE INDEX mentions_entity ON mentions(entity_id);

CREATE TABLE quotes (
  id          INTEGER PRIMARY KEY,
  article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  speaker_id  INTEGER REFERENCES entities(id),
  cue         TEXT,
  via_id      INTEGER REFERENCES entities(id),
  kind        TEXT NOT NULL,
  text        TEXT NOT NULL,
  start       INTEGER NOT NULL,
  "end"       INTEGER NOT NULL
);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE INDEX quotes_speaker ON quotes(speaker_id);

CREATE TABLE claims (
  id          INTEGER PRIMARY KEY,
  article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  content     TEXT NOT NULL,
  cue         TEXT NOT NULL,
  start       INTEGER NOT NULL,
  "end"       INTEGER NOT NULL
);
CREATE INDEX claims_article ON claims(article_id);

CREATE TABLE claim_sources (
  claim_id    INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  entity_id   INTEGER NOT NULL REFERENCES entities(id),
  PRIMARY KEY (claim_id, entity_id)
);
CREATE INDEX claim_sources_entity ON claim_sources(entity_id);

-- Actors are kept both as entity rows and as denormalized name keys, so that "events of X between
-- two dates" is one index range scan.
CREATE TABLE events (
  id              INTEGER PRIMARY KEY,
  article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  cameo           TEXT NOT NULL,
  label           TEXT NOT NULL,
  root_code       TEXT NOT NULL,
  quad_class      INTEGER NOT NULL,        -- 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
  actor1_id       INTEGER REFERENCES entities(id),
  actor1_key      TEXT,
  actor1_country  TEXT,
  actor2_id       INTEGER REFERENCES entities(id),
  actor2_key      TEXT,
  actor2_country  TEXT,
  location_id     INTEGER REFERENCES entities(id),
  time            TEXT,                    -- TIMEX3 value as found
  event_date      TEXT,                    -- the time when it is a day, else the article's anchor date
  factuality      TEXT NOT NULL,
  sentence        TEXT NOT NULL,
  start           INTEGER NOT NULL,
  "end"           INTEGER NOT NULL
);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_actor1 ON events(actor1_key, event_date);
CREATE INDEX events_actor2 ON events(actor2_key, event_date);
CREATE INDEX events_actor1_country ON events(actor1_country, event_date);
CREATE INDEX events_actor2_country ON events(actor2_country, event_date);
CREATE INDEX events_date ON events(event_date);
CREATE INDEX events_cameo ON events(cameo);

CREATE TABLE event_sources (
  event_id    INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  entity_id   INTEGER NOT NULL REFERENCES entities(id),
  PRIMARY KEY (event_id, entity_id)
);

CREATE TABLE times (
  id          INTEGER PRIMARY KEY,
  article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  text        TEXT NOT NULL,
  type        TEXT NOT NULL,
  value       TEXT,
  start       INTEGER NOT NULL,
  "end"       INTEGER NOT NULL
);
CREATE INDEX times_article ON times(article_id);

CREATE TABLE quantities (
  id          INTEGER PRIMARY KEY,
  article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  text        TEXT NOT NULL,
  min         TEXT,                        -- decimal as text: exact, as read
  max         TEXT,
  unit        TEXT,
  approximate INTEGER NOT NULL,
  start       INTEGER NOT NULL,
  "end"       INTEGER NOT NULL
);
CREATE INDEX quantities_article ON quantities(article_id);

-- Stories: articles about the same happening, grouped as they arrive (see StoryGrouper).
CREATE TABLE stories (
  id          INTEGER PRIMARY KEY,
  title       TEXT,
  first_date  TEXT,
  last_date   TEXT
);

CREATE TABLE story_members (
  article_id  INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  story_id    INTEGER NOT NULL REFERENCES stories(id),
  score       REAL NOT NULL,
  reason      TEXT NOT NULL                -- why it joined: the rule and the figures, for people
);
CREATE INDEX story_members_story ON story_members(story_id);

-- Full text of the articles; external content, kept in step by triggers.
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
