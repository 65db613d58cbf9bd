-- The newest messages of a conversation up to a turn, read backwards along
-- messages_history_idx and cut by the limit, whatever the planner's statistics say. Without
-- statistics (a new database, a table that grew fast) the planner prefers a bitmap scan of
-- the whole conversation plus a sort, whose cost grows with the conversation; the function
-- turns bitmap scans off for this one query.
create function recent_messages(conversation bigint, up_to_turn bigint, max_rows integer)
  returns setof messages
  language plpgsql stable
  set enable_bitmapscan = off
  as $$
  begin
    return query
      select * from messages
      where conversation_id = conversation and turn_id <= up_to_turn
      order by turn_id desc, id desc
      limit max_rows;
  end
  $$;
