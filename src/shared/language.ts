/**
 * The languages customers are answered in. A conversation stores one of these; every sentence
 * the server itself says exists in each.
 *
 * @module
 */

/** Every language the shop answers in. */
export const LANGUAGES = ["es", "en", "pt"] as const;

/** One of {@link LANGUAGES}. */
export type Language = typeof LANGUAGES[number];
