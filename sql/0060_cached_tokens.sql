-- Input tokens of a model step that the provider served from its cache (Gemini's
-- usageMetadata.cachedContentTokenCount): they are billed at the cached price, so the cost of
-- a conversation needs them apart from input_tokens, which includes them.
alter table messages add column cached_tokens int check (cached_tokens >= 0);
