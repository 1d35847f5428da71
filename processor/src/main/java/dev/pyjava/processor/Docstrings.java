package dev.pyjava.processor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Turns Javadoc, as {@link javax.lang.model.util.Elements#getDocComment} returns it, into a
 * docstring: inline tags reduced to their text, and the {@code @param}, {@code @return} and
 * {@code @throws} tags as the {@code Args:}, {@code Returns:} and {@code Raises:} sections of a
 * Google-style docstring.
 */
final class Docstrings {
  private Docstrings() {}

  /**
   * The docstring for a doc comment, or {@code null} when there is no comment or nothing is left.
   *
   * <p>One leading space is removed from each line; {@code {@code x}} and {@code {@literal x}}
   * become {@code x}; {@code {@link Type#member}} becomes {@code Type.member}, or its label when
   * it has one. The text before the first block tag is the description; {@code @param name text}
   * becomes {@code name: text} under {@code Args:} (the name in snake_case, as Python names the
   * parameter), {@code @return text} the text under {@code Returns:}, {@code @throws Type text}
   * {@code Type: text} under {@code Raises:} (the simple name); other block tags are dropped.
   */
  static String fromJavadoc(String comment) {
    if (comment == null) {
      return null;
    }
    StringBuilder body = new StringBuilder();
    List<StringBuilder> tags = new ArrayList<>();
    for (String line : comment.split("\\R", -1)) {
      String text = line.startsWith(" ") ? line.substring(1) : line;
      if (isBlockTag(text)) {
        tags.add(new StringBuilder(text.strip()));
      } else if (!tags.isEmpty()) {
        tags.getLast().append(' ').append(text.strip());
      } else {
        body.append(text.stripTrailing()).append('\n');
      }
    }
    StringBuilder args = new StringBuilder();
    StringBuilder returns = new StringBuilder();
    StringBuilder raises = new StringBuilder();
    for (StringBuilder tag : tags) {
      String[] parts = replaceInlineTags(tag.toString()).strip().split("\\s+", 3);
      switch (parts[0]) {
        case "@param" -> entry(args, parts, Names::snakeCase);
        case "@throws", "@exception" -> entry(raises, parts, type -> type.substring(type.lastIndexOf('.') + 1));
        case "@return" -> {
          String text = String.join(" ", Arrays.copyOfRange(parts, 1, parts.length)).strip();
          if (!text.isEmpty()) {
            returns.append("    ").append(text).append('\n');
          }
        }
        default -> {}
      }
    }
    StringBuilder docstring = new StringBuilder(replaceInlineTags(body.toString()).strip());
    section(docstring, "Args:", args);
    section(docstring, "Returns:", returns);
    section(docstring, "Raises:", raises);
    String cleaned = docstring.toString().strip();
    return cleaned.isEmpty() ? null : cleaned;
  }

  private static void entry(StringBuilder section, String[] parts, UnaryOperator<String> name) {
    if (parts.length < 2 || parts[1].startsWith("<")) {  // no name, or a type parameter
      return;
    }
    section.append("    ").append(name.apply(parts[1]));
    section.append(parts.length > 2 ? ": " + parts[2].strip() : "").append('\n');
  }

  private static void section(StringBuilder docstring, String heading, StringBuilder lines) {
    if (!lines.isEmpty()) {
      docstring.append("\n\n").append(heading).append('\n').append(lines.toString().stripTrailing());
    }
  }

  private static boolean isBlockTag(String line) {
    String text = line.stripLeading();
    return text.length() > 1 && text.charAt(0) == '@' && Character.isLetter(text.charAt(1));
  }

  private static String replaceInlineTags(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      int start = text.indexOf("{@", i);
      if (start < 0) {
        out.append(text, i, text.length());
        break;
      }
      int end = closingBrace(text, start);
      if (end < 0) {
        out.append(text, i, text.length());
        break;
      }
      out.append(text, i, start).append(inlineTagText(text.substring(start + 2, end)));
      i = end + 1;
    }
    return out.toString();
  }

  /** The index of the brace closing the one at {@code open}, counting nested braces; or -1. */
  private static int closingBrace(String text, int open) {
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** The text an inline tag stands for, given what is between "{@" and "}". */
  private static String inlineTagText(String tag) {
    int space = indexOfWhitespace(tag, 0);
    String name = space < 0 ? tag : tag.substring(0, space);
    String content = space < 0 ? "" : tag.substring(space + 1);
    return switch (name) {
      case "link", "linkplain" -> linkText(content.strip());
      default -> content;
    };
  }

  /** A link's label if it has one, else its reference with {@code #} read as a dot. */
  private static String linkText(String content) {
    int labelStart = indexOfWhitespace(content, 0);
    int paren = content.indexOf('(');
    if (paren >= 0 && (labelStart < 0 || paren < labelStart)) {
      int close = content.indexOf(')', paren);
      labelStart = close < 0 ? -1 : indexOfWhitespace(content, close);
    }
    if (labelStart >= 0 && !content.substring(labelStart).isBlank()) {
      return content.substring(labelStart).strip();
    }
    String reference = labelStart < 0 ? content : content.substring(0, labelStart);
    return reference.startsWith("#") ? reference.substring(1) : reference.replace('#', '.');
  }

  private static int indexOfWhitespace(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }
}
