-- Re-asks are worked out from the day's question records (src/usage), so the table of when each
-- person was last answered was never written to; dropping it keeps the schema honest.
DROP TABLE IF EXISTS advisor_recent_answers;
