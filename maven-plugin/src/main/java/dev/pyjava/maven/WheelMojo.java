package dev.pyjava.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.model.License;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Writes the project's wheel, {@code <dist>-<version>-py3-none-any.whl}, to {@code target/wheels}.
 *
 * <p>A module project's wheel holds its jar and runtime dependencies (not pyjava's own
 * artifacts: the bridge's wheel brings the runtime), an import shim, the processor's stub and
 * {@code py.typed} for every {@code @PyModule}, the Python sources of a mixed project, and
 * metadata that requires the pyjava bridge of this plugin's version. With {@code bridge} set it
 * writes the bridge's own wheel instead: its Python package and the runtime jar.
 */
@Mojo(
    name = "wheel",
    defaultPhase = LifecyclePhase.PACKAGE,
    requiresDependencyResolution = ResolutionScope.RUNTIME,
    threadSafe = true)
public final class WheelMojo extends AbstractMojo {
  /** The distribution name of the pyjava bridge, on which every module wheel depends. */
  static final String BRIDGE_DISTRIBUTION = "pyjava-bridge";

  private static final Set<String> PYJAVA_ARTIFACTS =
      Set.of("pyjava-annotations", "pyjava-processor", "pyjava-runtime", "pyjava-testing");
  private static final LocalDateTime EARLIEST = LocalDateTime.of(1980, 1, 1, 0, 0);

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  private PluginDescriptor plugin;

  /** Where the wheel goes. */
  @Parameter(defaultValue = "${project.build.directory}/wheels", required = true)
  private File outputDirectory;

  /** The Python distribution name ({@code pip install <name>}); the artifactId by default. */
  @Parameter(defaultValue = "${project.artifactId}", required = true)
  private String distribution;

  /** A folder of Python sources copied into the wheel, for a mixed Java and Python package. */
  @Parameter private File pythonSources;

  /** The files or folders of {@code pythonSources} to copy; all of them when empty. */
  @Parameter private List<String> pythonIncludes = new ArrayList<>();

  /** The {@code Requires-Python} specifier. */
  @Parameter(defaultValue = ">=3.11", required = true)
  private String requiresPython;

  /** Makes the wheel depend on {@code pyjava-jre}, a bundled Java runtime (see the {@code jre-wheel} goal). */
  @Parameter(defaultValue = "false")
  private boolean bundleJava;

  /** Writes the pyjava bridge's wheel (pyjava's own build sets this). */
  @Parameter(defaultValue = "false")
  private boolean bridge;

  /** Skips the goal. */
  @Parameter(property = "pyjava.wheel.skip", defaultValue = "false")
  private boolean skip;

  @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
  private String outputTimestamp;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("pyjava wheel skipped");
      return;
    }
    try {
      Path wheel = write();
      getLog().info("pyjava wheel: " + wheel + " (" + Files.size(wheel) / 1024 + " KiB)");
    } catch (IllegalArgumentException problem) {
      throw new MojoFailureException(problem.getMessage(), problem);
    } catch (IOException failure) {
      throw new MojoExecutionException("[WheelWrite] cannot write the wheel: " + failure, failure);
    }
  }

  private Path write() throws IOException {
    Path classes = Path.of(project.getBuild().getOutputDirectory());
    String name = distribution;
    String escaped = PythonNames.escaped(name);
    WheelContents contents = new WheelContents();
    if (pythonSources != null) {
      contents.addPythonSources(pythonSources.toPath(), pythonIncludes);
    }
    List<String> modules = bridge ? List.of() : WheelContents.modules(classes);
    if (!bridge && modules.isEmpty()) {
      throw new IllegalArgumentException(
          "[WheelNoModules] " + classes + " has no @PyModule: compile with pyjava's processor before the wheel goal");
    }
    for (String module : modules) {
      contents.addModule(module, name, classes);
    }
    String jarFolder = bridge ? "pyjava/jars" : escaped + ".jars";
    Artifact own = project.getArtifact();
    if (own.getFile() != null && own.getFile().isFile()) {
      contents.addJar(jarFolder, jarName(own), own.getFile().toPath());
    }
    for (Artifact dependency : project.getArtifacts()) {
      boolean pyjava = dependency.getGroupId().equals("dev.pyjava") && PYJAVA_ARTIFACTS.contains(dependency.getArtifactId());
      if ((bridge || !pyjava) && dependency.getArtifactHandler().isAddedToClasspath() && dependency.getFile() != null) {
        contents.addJar(jarFolder, jarName(dependency), dependency.getFile().toPath());
      }
    }
    String pyjavaVersion = PythonNames.version(plugin.getVersion());
    List<String> requires = new ArrayList<>();
    if (!bridge) {
      requires.add(BRIDGE_DISTRIBUTION + "==" + pyjavaVersion);
    }
    if (bundleJava) {
      requires.add(JreWheelMojo.DISTRIBUTION + "==" + pyjavaVersion);
    }
    DistInfo info =
        new DistInfo(
            name,
            PythonNames.version(project.getVersion()),
            project.getDescription() == null ? "" : project.getDescription(),
            String.join(", ", project.getLicenses().stream().map(License::getName).toList()),
            requiresPython,
            requires,
            modules);
    List<WheelFile> files = new ArrayList<>(contents.files());
    files.addAll(info.files());
    Path wheel = outputDirectory.toPath().resolve(info.wheelFileName());
    new WheelArchive(timestamp()).write(wheel, files, info.folder());
    return wheel;
  }

  private static String jarName(Artifact artifact) {
    String classifier = artifact.getClassifier() == null || artifact.getClassifier().isEmpty() ? "" : "-" + artifact.getClassifier();
    return artifact.getArtifactId() + "-" + artifact.getBaseVersion() + classifier + ".jar";
  }

  private LocalDateTime timestamp() {
    if (outputTimestamp == null || outputTimestamp.isBlank()) {
      return EARLIEST;
    }
    try {
      // Maven takes ISO-8601 or seconds since the epoch.
      Instant instant =
          outputTimestamp.chars().allMatch(Character::isDigit)
              ? Instant.ofEpochSecond(Long.parseLong(outputTimestamp))
              : OffsetDateTime.parse(outputTimestamp).toInstant();
      LocalDateTime time = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
      return time.isBefore(EARLIEST) ? EARLIEST : time;
    } catch (DateTimeParseException notIso) {
      return EARLIEST;
    }
  }
}
