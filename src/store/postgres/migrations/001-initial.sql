-- The advisor's state in PostgreSQL: the same data as the embedded file (see
-- src/store/document/document.ts), one table per kind, so several processes can share it.
-- Counters are upserted; everything that grows with traffic is capped by the store code.

CREATE TABLE advisor_settings (
  key text PRIMARY KEY,
  value text NOT NULL
);

CREATE TABLE advisor_conversations (
  key text PRIMARY KEY,
  at timestamptz NOT NULL,
  state jsonb NOT NULL
);
CREATE INDEX advisor_conversations_at ON advisor_conversations (at);

-- One counter per day and name: 'asked:answered', 'platform:slack', 'entry:<id>', 'reask:answers'.
CREATE TABLE advisor_days (
  day text NOT NULL,
  name text NOT NULL,
  count bigint NOT NULL,
  PRIMARY KEY (day, name)
);

-- Distinct people per day as a bitmap (never a list of who they were).
CREATE TABLE advisor_people (
  day text PRIMARY KEY,
  bits bit(1024) NOT NULL
);

CREATE TABLE advisor_recent_answers (
  user_hash text PRIMARY KEY,
  at timestamptz NOT NULL
);

CREATE TABLE advisor_unanswered (
  id bigserial PRIMARY KEY,
  key text NOT NULL,
  text text NOT NULL,
  count integer NOT NULL,
  platforms text[] NOT NULL,
  reasons jsonb NOT NULL,
  first_at timestamptz NOT NULL,
  last_at timestamptz NOT NULL,
  nearest jsonb NOT NULL,
  status text NOT NULL CHECK (status IN ('open', 'linked', 'dismissed')),
  entry_id text,
  closed_at timestamptz
);
-- Repeats of an open question are one item, even when two processes queue it at once.
CREATE UNIQUE INDEX advisor_unanswered_open_key ON advisor_unanswered (key) WHERE status = 'open';
CREATE INDEX advisor_unanswered_open_last ON advisor_unanswered (last_at, id) WHERE status = 'open';

CREATE TABLE advisor_held (
  conversation text PRIMARY KEY,
  at timestamptz NOT NULL,
  platform text NOT NULL,
  user_hash text NOT NULL,
  text text NOT NULL,
  nearest jsonb NOT NULL
);

CREATE TABLE advisor_rate (
  user_hash text PRIMARY KEY,
  hour text NOT NULL,
  count integer NOT NULL
);

CREATE TABLE advisor_votes (
  user_hash text NOT NULL,
  entry_id text NOT NULL,
  vote text NOT NULL CHECK (vote IN ('up', 'down')),
  at timestamptz NOT NULL,
  platform text NOT NULL,
  PRIMARY KEY (user_hash, entry_id)
);
CREATE INDEX advisor_votes_at ON advisor_votes (at);

CREATE TABLE advisor_learned (
  id bigserial PRIMARY KEY,
  key text NOT NULL UNIQUE,
  text text NOT NULL,
  entry_id text NOT NULL,
  by text NOT NULL,
  at timestamptz NOT NULL
);

CREATE TABLE advisor_audit (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL,
  actor text NOT NULL,
  action text NOT NULL,
  detail text NOT NULL
);
