package dev.pyjava.runtime.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pyjava.runtime.exceptions.PyException;
import dev.pyjava.runtime.exceptions.PyFileNotFoundError;
import dev.pyjava.runtime.exceptions.PyIsADirectoryError;
import dev.pyjava.runtime.exceptions.PyOSError;
import dev.pyjava.runtime.exceptions.PyUnicodeEncodeError;
import dev.pyjava.runtime.exceptions.PyValueError;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening by the name Python gave: the bytes {@code os.fsencode} makes, the errors open() raises. */
class PythonFilesTest {
  @TempDir Path dir;

  private static byte[] read(String name) throws Exception {
    try (FileChannel channel = PythonFiles.openForReading(name)) {
      ByteBuffer buffer = ByteBuffer.allocate((int) channel.size());
      channel.read(buffer);
      return buffer.array();
    }
  }

  private static PyOSError failure(String name) {
    return assertThrows(PyOSError.class, () -> PythonFiles.openForReading(name));
  }

  @Test
  void namesEncodeAsOsFsencodeDoes() {
    assertArrayEquals(
        new byte[] {'x', (byte) 0xC3, (byte) 0xA9, (byte) 0xE9, 0},
        FileNames.encode("xé\udce9", StandardCharsets.UTF_8));
    assertArrayEquals(
        new byte[] {(byte) 0xE9, (byte) 0xE9, 'x', (byte) 0xFF, 0},
        FileNames.encode("é\udce9x\udcff", StandardCharsets.ISO_8859_1));
    // A pair is one character (U+100E9), not an escaped byte after a lone surrogate.
    assertArrayEquals(
        new byte[] {(byte) 0xF0, (byte) 0x90, (byte) 0x83, (byte) 0xA9, 0},
        FileNames.encode("\ud800\udce9", StandardCharsets.UTF_8));
  }

  @Test
  void readsAFileWhoseNameIsNotUtf8ThroughTheSurrogateEscapedName() throws Exception {
    // Java cannot name such a file: the shell makes x\xe9.txt (os.listdir gives 'x\udce9.txt').
    Process shell =
        new ProcessBuilder("sh", "-c", "printf is > \"$(printf 'x\\351.txt')\"")
            .directory(dir.toFile())
            .start();
    assertEquals(0, shell.waitFor());
    assertArrayEquals("is".getBytes(StandardCharsets.UTF_8), read(dir + "/x\udce9.txt"));
    assertArrayEquals(
        new byte[] {'x', (byte) 0xE9, '.', 't', 'x', 't', 0}, FileNames.encode("x\udce9.txt"));
  }

  @Test
  void missingFileAndEmptyNameAreFileNotFoundError() {
    String missing = dir.resolve("missing").toString();
    for (String name : new String[] {missing, ""}) {
      PyOSError error = failure(name);
      assertInstanceOf(PyFileNotFoundError.class, error);
      assertEquals(List.of(2, "No such file or directory", name), error.pythonArgs());
    }
  }

  @Test
  void directoryIsIsADirectoryError() {
    PyOSError error = failure(dir.toString());
    assertInstanceOf(PyIsADirectoryError.class, error);
    assertEquals(List.of(21, "Is a directory", dir.toString()), error.pythonArgs());
  }

  @Test
  void symbolicLinkLoopIsErrno40() throws Exception {
    Path loop = Files.createSymbolicLink(dir.resolve("loop"), dir.resolve("loop"));
    PyOSError error = failure(loop.toString());
    assertEquals("OSError", error.pythonType());
    assertEquals(List.of(40, "Too many levels of symbolic links", loop.toString()), error.pythonArgs());
  }

  @Test
  void errnoWithoutAnErrnoConstantKeepsTheCLibrarysText() throws Exception {
    // open(2) of a socket is ENXIO, which Python's open() reports as a plain OSError.
    Path socket = dir.resolve("socket");
    try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      server.bind(UnixDomainSocketAddress.of(socket));
      PyOSError error = failure(socket.toString());
      assertEquals("OSError", error.pythonType());
      assertEquals(List.of(6, "No such device or address", socket.toString()), error.pythonArgs());
    }
  }

  @Test
  void unencodableAndNulNamesFailAsOpenDoes() {
    PyException encode = assertThrows(PyUnicodeEncodeError.class, () -> PythonFiles.openForReading("a\ud800"));
    assertEquals(List.of("utf-8", "a\ud800", 1, 2, "surrogates not allowed"), encode.pythonArgs());
    PyException nul = assertThrows(PyValueError.class, () -> PythonFiles.openForReading("a\0b"));
    assertEquals("embedded null byte", nul.message());
  }
}
