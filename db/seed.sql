-- Local seed users. The uuids are fixed so that tests and seeded conversations are
-- deterministic; load after schema.sql.

INSERT INTO public.users (uuid, display_name, handle, email, cognito_user_id)
VALUES
  ('a3f6c9b2-1d4e-4f7a-8b2c-5e9d0f1a2b3c', 'Andrew Brown', 'andrewbrown', 'andrew@exampro.co', 'MOCK'),
  ('b7e2d4c1-9a3f-4e6b-9c1d-2f8a7b6c5d4e', 'Andrew Bayko', 'bayko', 'bayko@exampro.co', 'MOCK'),
  ('c1d9e8f7-6b5a-4c3d-a2e1-0f9e8d7c6b5a', 'Londo Mollari', 'londo', 'lmollari@centari.com', 'MOCK');
