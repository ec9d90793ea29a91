-- Schema version 1: accounts and the login log, customers and their numbers, settings, extension groups and names.
-- One statement per ';' at the end of a line. Column names avoid Derby's reserved words (ROLE, TIME, VALUE, KEY, ...).

CREATE TABLE operator_account (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  login VARCHAR(64) NOT NULL,
  login_key VARCHAR(64) NOT NULL CONSTRAINT operator_account_login_key UNIQUE, -- lower case: logins ignore case
  display_name VARCHAR(100) NOT NULL,
  account_role VARCHAR(16) NOT NULL,          -- com.switchdesk.model.Role literal
  password_hash VARCHAR(100) NOT NULL,        -- Base64 of PBKDF2-HMAC-SHA256
  password_salt VARCHAR(100) NOT NULL,        -- Base64, 16 random bytes
  iterations INT NOT NULL,
  must_change_password BOOLEAN NOT NULL,
  enabled BOOLEAN NOT NULL,
  created_at TIMESTAMP NOT NULL               -- UTC, as every TIMESTAMP here
);

CREATE TABLE login_log (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  logged_at TIMESTAMP NOT NULL,
  extension VARCHAR(32) NOT NULL,
  account VARCHAR(64) NOT NULL,               -- the login as typed, whether or not such an account exists
  outcome VARCHAR(32) NOT NULL                -- com.switchdesk.model.LoginResult literal
);
CREATE INDEX login_log_logged_at ON login_log (logged_at);

-- customer ids come in blocks of 100 from this sequence (see IdAllocator), so imports can batch their inserts
CREATE SEQUENCE customer_id_block AS BIGINT START WITH 1 INCREMENT BY 100 NO CYCLE;

CREATE TABLE customer (
  id BIGINT NOT NULL PRIMARY KEY,
  name VARCHAR(100) NOT NULL,
  name_key VARCHAR(100) NOT NULL,             -- lower case name, for prefix search
  company VARCHAR(100) NOT NULL,
  email VARCHAR(254) NOT NULL,
  notes VARCHAR(2000) NOT NULL,
  ringtone VARCHAR(64) NOT NULL,              -- '' for the default tone
  created_at TIMESTAMP NOT NULL,
  updated_at TIMESTAMP NOT NULL
);
CREATE INDEX customer_name_key ON customer (name_key);

-- No foreign key to customer: its backing index would cost every import; the store deletes a customer's
-- numbers in the same transaction as the customer.
CREATE TABLE phone_number (
  customer_id BIGINT NOT NULL,
  seq SMALLINT NOT NULL,                      -- order of the numbers on the card, from 0
  raw_number VARCHAR(64) NOT NULL,            -- as typed
  normalized VARCHAR(32) NOT NULL,            -- PhoneNumbers.normalize: the caller look-up key
  label VARCHAR(8) NOT NULL,                  -- com.switchdesk.model.PhoneLabel literal
  PRIMARY KEY (customer_id, seq)
);
-- a number identifies at most one customer, even when two operators save at the same moment
CREATE UNIQUE INDEX phone_number_normalized ON phone_number (normalized);

CREATE TABLE setting (
  setting_key VARCHAR(64) NOT NULL PRIMARY KEY,  -- a Settings attribute name
  setting_value VARCHAR(2000) NOT NULL           -- EMF's string form of the value
);

CREATE TABLE extension_group (
  id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name VARCHAR(40) NOT NULL,
  name_key VARCHAR(40) NOT NULL CONSTRAINT extension_group_name_key UNIQUE
);

CREATE TABLE extension_group_member (
  group_id BIGINT NOT NULL REFERENCES extension_group (id) ON DELETE CASCADE,
  extension VARCHAR(16) NOT NULL,
  PRIMARY KEY (group_id, extension)
);

CREATE TABLE extension_name (
  extension VARCHAR(16) NOT NULL PRIMARY KEY,
  user_name VARCHAR(50) NOT NULL
);
