package dev.pyjava.processor;

/**
 * Turns Javadoc, as {@link javax.lang.model.util.Elements#getDocComment} returns it, into a
 * docstring: block tags dropped, inline tags reduced to their text.
 */
final class Docstrings {
  private Docstrings() {}

  /**
   * The docstring for a doc comment, or {@code null} when there is no comment or nothing is left.
   *
   * <p>One leading space is removed from each line; everything from the first block tag ({@code
   * @param}, {@code @return}, ...) on is dropped; {@code {@code x}} and {@code {@literal x}}
   * become {@code x}; {@code {@link Type#member}} becomes {@code Type.member}, or its label when
   * it has one.
   */
  static String fromJavadoc(String comment) {
    if (comment == null) {
      return null;
    }
    StringBuilder body = new StringBuilder();
    for (String line : comment.split("\\R", -1)) {
      String text = line.startsWith(" ") ? line.substring(1) : line;
      if (isBlockTag(text)) {
        break;
      }
      body.append(text.stripTrailing()).append('\n');
    }
    String cleaned = replaceInlineTags(body.toString()).strip();
    return cleaned.isEmpty() ? null : cleaned;
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
