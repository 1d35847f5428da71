package dev.pyjava.runtime.cpython;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The arguments of {@code main} as the bytes this process was given, for Python to decode them as
 * {@code python3} decodes its own.
 *
 * <p>The {@code java} launcher decodes its arguments with {@code sun.jnu.encoding}, which turns
 * every byte it cannot decode into U+FFFD: under the C locale every non-ASCII byte, under a UTF-8
 * locale every byte that is not UTF-8. {@code python3} decodes the same bytes itself (UTF-8 mode
 * or the locale's encoding, with {@code surrogateescape}), so {@code é} stays {@code é} and a byte
 * 0xE9 becomes {@code '\udce9'}. The bytes are the last entries of {@code /proc/self/cmdline};
 * they are used only when they decode to exactly the strings {@code main} got (an argument file
 * or a JVM started some other way gives other entries), and otherwise each string is encoded in
 * UTF-8.
 */
final class ProcessArguments {
  private ProcessArguments() {}

  private static final Path COMMAND_LINE = Path.of("/proc/self/cmdline");

  /** The bytes of each of {@code args}, in order. */
  static List<byte[]> of(String[] args) {
    List<byte[]> raw = lastEntries(args.length);
    if (raw != null && decodeTheSame(raw, args)) {
      return raw;
    }
    List<byte[]> encoded = new ArrayList<>(args.length);
    for (String arg : args) {
      encoded.add(arg.getBytes(StandardCharsets.UTF_8));
    }
    return encoded;
  }

  /** The last {@code count} NUL-terminated entries of this process's command line, or null. */
  private static List<byte[]> lastEntries(int count) {
    byte[] line;
    try {
      line = Files.readAllBytes(COMMAND_LINE);
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return null; // not Linux, or not readable: the strings main got are all there is
    }
    List<byte[]> entries = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < line.length; i++) {
      if (line[i] == 0) {
        entries.add(Arrays.copyOfRange(line, start, i));
        start = i + 1;
      }
    }
    if (entries.size() < count) {
      return null;
    }
    return List.copyOf(entries.subList(entries.size() - count, entries.size()));
  }

  private static boolean decodeTheSame(List<byte[]> raw, String[] args) {
    Charset platform = platformEncoding();
    for (int i = 0; i < args.length; i++) {
      if (!new String(raw.get(i), platform).equals(args[i])) {
        return false;
      }
    }
    return true;
  }

  /** The encoding the {@code java} launcher decoded the arguments with. */
  private static Charset platformEncoding() {
    String name = System.getProperty("sun.jnu.encoding");
    try {
      return name == null ? Charset.defaultCharset() : Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return Charset.defaultCharset();
    }
  }
}
