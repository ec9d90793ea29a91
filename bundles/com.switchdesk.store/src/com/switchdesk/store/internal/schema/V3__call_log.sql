-- Schema version 3: the call log (F10).

CREATE TABLE call_log (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  started_at TIMESTAMP NOT NULL,
  ended_at TIMESTAMP,
  direction VARCHAR(8) NOT NULL,              -- com.switchdesk.model.CallDirection literal
  caller_number VARCHAR(64) NOT NULL,
  called_number VARCHAR(64) NOT NULL,
  other_parties VARCHAR(1000) NOT NULL,       -- transfer targets and conference members, ',' separated
  outcome VARCHAR(16) NOT NULL,               -- com.switchdesk.model.CallOutcome literal
  operator_extension VARCHAR(32) NOT NULL,
  duration_seconds INT NOT NULL,
  search_text VARCHAR(1200) NOT NULL          -- normalized numbers, for the call log search
);
CREATE INDEX call_log_started_at ON call_log (started_at);
