package io.aidfacts.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code aidfacts} command line. The only place that calls {@code System.exit}.
 *
 * <p>Exit codes: 0 success; 1 some inputs failed (each reported on stderr, the rest
 * processed); 2 bad usage; 3 a fatal error (the output could not be written).
 */
@Command(name = "aidfacts", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Structured, searchable aid facts from Chinese news.",
    subcommands = {ExtractCommand.class, IndexCommand.class, SearchCommand.class,
        SegmentCommand.class, EvalCommand.class, BenchCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:some inputs failed (see stderr)", "2:bad usage",
        "3:fatal error (output not written)"})
public final class Main {

  public static final int OK = 0;
  public static final int SOME_FAILED = 1;
  public static final int USAGE = 2;
  public static final int FATAL = 3;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs a command line and returns its exit code, without exiting (for tests and embedding). */
  public static int run(String... args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    return run(out, err, args);
  }

  /**
   * Runs a command line with the given result and diagnostic streams. Results are written as
   * UTF-8 whatever the platform's default charset.
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      cmd.getErr().println("aidfacts " + cmd.getCommandName() + ": " + ex.getMessage());
      return FATAL;
    });
    try {
      return cl.execute(args);
    } finally {
      out.flush();
      err.flush();
    }
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"aidfacts " + (v == null ? "dev" : v)};
    }
  }
}
