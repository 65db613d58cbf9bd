-- Dashboard sessions kept on the server: the cookie carries a random secret, this table its
-- SHA-256 (a copy of the table signs no one in). A session stops working the moment its row
-- is deleted (sign out, sign out everywhere) or it expires.
create table staff_sessions (
  id text primary key,
  csrf text not null,
  -- Which ADMIN_TOKEN the session was opened under: changing the token signs everyone out.
  token_tag text not null,
  -- The staff account the session belongs to, once there are accounts; null: the admin token.
  staff_id bigint,
  client text,
  user_agent text check (char_length(user_agent) <= 500),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index staff_sessions_expiry_idx on staff_sessions (expires_at);
create index staff_sessions_staff_idx on staff_sessions (staff_id) where staff_id is not null;

-- Wrong admin credentials per client address (sign-in form and bearer tokens): past a few,
-- the address is refused until `blocked_until`, for longer after each further failure.
create table auth_failures (
  client text primary key,
  failures integer not null,
  last_at timestamptz not null default now(),
  blocked_until timestamptz
);
