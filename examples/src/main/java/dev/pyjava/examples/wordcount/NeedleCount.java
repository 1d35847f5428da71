package dev.pyjava.examples.wordcount;

/**
 * One needle and how often it occurs, by {@code search}'s rule: what {@code search_all} yields,
 * which Python sees as the tuple {@code (needle, count)}.
 *
 * @param needle the word searched for
 * @param count how often it occurs
 */
public record NeedleCount(String needle, long count) {}
