-- Postgres side of Cruddur that cruddur-ddb reads: the users table.
-- Safe to load again: it drops and recreates the table (as the original project's schema did).
-- Loaded by scripts/services.sh and, for Docker users, by docker-compose.yml.

DROP TABLE IF EXISTS public.users;

CREATE TABLE public.users (
  uuid UUID PRIMARY KEY DEFAULT gen_random_uuid(),
  display_name TEXT NOT NULL,
  handle TEXT NOT NULL UNIQUE,
  email TEXT NOT NULL,
  cognito_user_id TEXT,
  created_at TIMESTAMP DEFAULT current_timestamp NOT NULL
);
