package dev.pyjava.processor;

import java.util.List;

/** What {@link SignatureParser} made of a {@code @PyFunction(signature = ...)} string. */
sealed interface ParsedSignature {
  /** A signature that parses: its items in order. */
  record Items(List<Item> items) implements ParsedSignature {
    public Items {
      items = List.copyOf(items);
    }
  }

  /** A signature that does not parse. {@code column} counts from 1. */
  record Malformed(int column, String reason) implements ParsedSignature {}

  /** One comma-separated entry of a signature. */
  sealed interface Item {}

  /** {@code /}: the parameters before it are positional-only. */
  record Slash() implements Item {}

  /** {@code *}: the parameters after it are keyword-only. */
  record Star() implements Item {}

  /** A parameter name, with its default or {@code null}. */
  record Name(String name, PythonLiteral defaultValue) implements Item {}

  /** {@code *args}: collects the extra positional arguments; those after it are keyword-only. */
  record VarPositional(String name) implements Item {}

  /** {@code **kwargs}: collects the extra keyword arguments. */
  record VarKeyword(String name) implements Item {}
}
