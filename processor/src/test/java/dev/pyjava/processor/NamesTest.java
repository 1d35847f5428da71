package dev.pyjava.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NamesTest {
  @ParameterizedTest
  @CsvSource({
    "WordCount, word_count",
    "HTTPServer, http_server",
    "Gil, gil",
    "search, search",
    "searchSequential, search_sequential",
    "searchSequentialAllowThreads, search_sequential_allow_threads",
    "parseURL, parse_url",
    "parseURLFast, parse_url_fast",
    "utf8Decode, utf8_decode",
    "already_snake, already_snake",
    "lambda_, lambda_",
    "_private, _private",
    "X, x",
  })
  void snakeCaseSplitsWordsAndAcronyms(String java, String python) {
    assertEquals(python, Names.snakeCase(java));
  }

  @ParameterizedTest
  @ValueSource(strings = {"x", "_", "word_count", "v2", "ñame", "_0"})
  void acceptsPythonIdentifiers(String name) {
    assertTrue(Names.isIdentifier(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2x", "a-b", "a b", "a$b", "a.b"})
  void rejectsWhatIsNotAnIdentifier(String name) {
    assertFalse(Names.isIdentifier(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"from", "lambda", "None", "True", "async", "await", "yield", "in"})
  void knowsKeywords(String name) {
    assertTrue(Names.isKeyword(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"print", "none", "match", "type", "self"})
  void softKeywordsAndBuiltinsAreNotKeywords(String name) {
    assertFalse(Names.isKeyword(name));
  }

  @ParameterizedTest
  @CsvSource({
    "getRadius, radius",
    "setRadius, radius",
    "isClosed, closed",
    "width, width",
    "getMaxValue, max_value",
    "get, get",
    "island, island",
    "settle, settle",
  })
  void propertyNamesDropTheAccessorPrefix(String java, String python) {
    assertEquals(python, Names.propertyName(java));
  }
}
