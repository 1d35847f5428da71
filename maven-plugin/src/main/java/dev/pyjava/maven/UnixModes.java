package dev.pyjava.maven;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * Gives the entries of a finished zip archive Unix file modes, which {@code ZipOutputStream}
 * cannot write: pip installs an entry executable when its mode says so.
 *
 * <p>Each central directory header gets "made by Unix" and the mode {@code rw-r--r--} or {@code
 * rwxr-xr-x} in its external attributes; nothing else changes.
 */
final class UnixModes {
  private static final int END_SIGNATURE = 0x06054b50;
  private static final int CENTRAL_SIGNATURE = 0x02014b50;
  private static final int END_SIZE = 22;
  private static final int CENTRAL_SIZE = 46;
  private static final short MADE_BY_UNIX = (short) ((3 << 8) | 20);
  private static final int REGULAR = 0100644;
  private static final int EXECUTABLE = 0100755;

  private UnixModes() {}

  /** Sets the mode of entry {@code i} from {@code executable.get(i)}, in archive order. */
  static void set(byte[] archive, List<Boolean> executable) {
    ByteBuffer zip = ByteBuffer.wrap(archive).order(ByteOrder.LITTLE_ENDIAN);
    int end = archive.length - END_SIZE;  // the archive has no comment
    if (zip.getInt(end) != END_SIGNATURE || (zip.getShort(end + 10) & 0xffff) != executable.size()) {
      throw new IllegalStateException("not the zip archive just written");
    }
    int header = zip.getInt(end + 16);
    for (boolean program : executable) {
      if (zip.getInt(header) != CENTRAL_SIGNATURE) {
        throw new IllegalStateException("no central directory header at " + header);
      }
      zip.putShort(header + 4, MADE_BY_UNIX);
      zip.putInt(header + 38, (program ? EXECUTABLE : REGULAR) << 16);
      int variable = (zip.getShort(header + 28) & 0xffff) + (zip.getShort(header + 30) & 0xffff) + (zip.getShort(header + 32) & 0xffff);
      header += CENTRAL_SIZE + variable;
    }
  }
}
