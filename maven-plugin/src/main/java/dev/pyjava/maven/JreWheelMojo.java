package dev.pyjava.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Writes {@code pyjava-jre}, a platform wheel holding a Java runtime made by {@code jlink} with
 * just the modules pyjava needs, so that {@code pip install} gives a working {@code import} on a
 * machine with no JDK. The bridge uses it when it is installed and no Java home is set
 * explicitly; a module wheel depends on it with the {@code wheel} goal's {@code bundleJava}.
 */
@Mojo(name = "jre-wheel", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public final class JreWheelMojo extends AbstractMojo {
  /** The distribution name of the bundled Java runtime. */
  static final String DISTRIBUTION = "pyjava-jre";

  private static final String PACKAGE = "pyjava_jre";

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  /** The JDK whose {@code jlink} makes the runtime (the one running Maven by default). */
  @Parameter(defaultValue = "${java.home}", required = true)
  private File jdkHome;

  /** The Java modules the runtime holds (pyjava needs only {@code java.base}). */
  @Parameter private List<String> modules = new ArrayList<>(List.of("java.base"));

  /** Where the wheel goes. */
  @Parameter(defaultValue = "${project.build.directory}/wheels", required = true)
  private File outputDirectory;

  /** Skips the goal. */
  @Parameter(property = "pyjava.jre.skip", defaultValue = "false")
  private boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("pyjava JRE wheel skipped");
      return;
    }
    try {
      String tag = "py3-none-" + platform();
      Path image = Path.of(project.getBuild().getDirectory(), "pyjava-jre");
      link(image);
      List<WheelFile> files = new ArrayList<>();
      files.add(new WheelFile(PACKAGE + "/__init__.py", initFile().getBytes(StandardCharsets.UTF_8)));
      try (Stream<Path> walk = Files.walk(image)) {
        for (Path path : walk.filter(Files::isRegularFile).sorted().toList()) {
          String relative = image.relativize(path).toString().replace('\\', '/');
          files.add(new WheelFile(PACKAGE + "/java/" + relative, Files.readAllBytes(path), Files.isExecutable(path)));
        }
      }
      DistInfo info =
          new DistInfo(
              DISTRIBUTION,
              PythonNames.version(project.getVersion()),
              "A Java runtime for pyjava (jlink: " + String.join(", ", modules) + ")",
              "GPL-2.0-with-classpath-exception",
              ">=3.11",
              List.of(),
              List.of(),
              tag);
      files.addAll(info.files());
      Path wheel = outputDirectory.toPath().resolve(info.wheelFileName());
      new WheelArchive(LocalDateTime.of(1980, 1, 1, 0, 0)).write(wheel, files, info.folder());
      getLog().info("pyjava JRE wheel: " + wheel + " (" + Files.size(wheel) / (1024 * 1024) + " MiB)");
    } catch (IllegalArgumentException problem) {
      throw new MojoFailureException(problem.getMessage(), problem);
    } catch (IOException | InterruptedException failure) {
      throw new MojoExecutionException("[JreWrite] cannot make the Java runtime wheel: " + failure, failure);
    }
  }

  private void link(Path image) throws IOException, InterruptedException {
    if (Files.exists(image)) {
      try (Stream<Path> walk = Files.walk(image)) {
        for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
    Path jlink = jdkHome.toPath().resolve("bin/jlink");
    List<String> command =
        List.of(
            jlink.toString(),
            "--add-modules", String.join(",", modules),
            "--strip-debug", "--no-header-files", "--no-man-pages", "--compress=zip-6",
            "--output", image.toString());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalArgumentException("[JreLink] " + String.join(" ", command) + " failed: " + output.strip());
    }
  }

  /** The platform tag of the JDK's build: glibc Linux on x86-64 or AArch64. */
  private static String platform() {
    String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
    String arch = System.getProperty("os.arch");
    if (!os.equals("linux") || !(arch.equals("amd64") || arch.equals("aarch64"))) {
      throw new IllegalArgumentException(
          "[JrePlatform] a bundled Java is made for Linux on x86-64 or AArch64, not " + os + " " + arch
              + ": drop the jre-wheel goal here");
    }
    // The JDK builds pyjava is tested with (Temurin's) need glibc 2.17.
    return "manylinux_2_17_" + (arch.equals("amd64") ? "x86_64" : "aarch64");
  }

  private static String initFile() {
    return "\"\"\"A Java runtime for pyjava, made by jlink: pyjava uses it when no Java home is set.\"\"\"\n\n"
        + "import os\n\n"
        + "HOME = os.path.join(os.path.dirname(os.path.abspath(__file__)), \"java\")\n";
  }
}
