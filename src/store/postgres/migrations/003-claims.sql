-- Keys claimed once across every process sharing the database (Store.claimOnce): a Slack event
-- retried to another replica is answered by one only. Keys are hashed; expired rows are deleted
-- at prune, and an expired key can be claimed again.
CREATE TABLE advisor_claims (
  key text PRIMARY KEY,
  expires_at timestamptz NOT NULL
);
CREATE INDEX advisor_claims_expires_at ON advisor_claims (expires_at);
