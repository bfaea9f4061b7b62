-- Article bodies are long (a news article has hundreds of distinct words), and FTS5's defaults,
-- sized for short rows, make a large import spend much of its time writing and merging small
-- index pieces. Both settings are stored in the index itself and kept from now on.
-- pgsz: index leaves as large as the library's 16 KB pages (the default suits 4 KB pages).
INSERT INTO articles_fts (articles_fts, rank) VALUES ('pgsz', 16000);
-- hashsize: a 200-file import batch goes to disk as one index segment at its commit, not
-- three (the default flushes the pending terms every megabyte).
INSERT INTO articles_fts (articles_fts, rank) VALUES ('hashsize', 33554432);
