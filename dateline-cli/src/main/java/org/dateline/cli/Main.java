package org.dateline.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Entry point of the {@code dateline} command; the only place that exits the JVM. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, false, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
  }

  /** Runs a command line and returns its exit code; tests call this. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new DatelineCommand());
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true); // "--gazetteer places,people" as well as "PLACES"
    cli.setParameterExceptionHandler((e, a) -> {
      err.println("dateline: " + e.getMessage().lines().findFirst().orElse("bad command line"));
      err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
      return ExitCode.USAGE;
    });
    cli.setExecutionExceptionHandler((e, c, p) -> {
      err.println("dateline: internal error: " + e);
      if (System.getenv("DATELINE_DEBUG") != null) {
        e.printStackTrace(err);
      } else {
        err.println("(set DATELINE_DEBUG=1 to see where; please report it)");
      }
      return ExitCode.INTERNAL;
    });
    int code;
    try {
      code = cli.execute(args);
    } catch (Error e) {
      // picocli hands exceptions to the handler above; errors (a broken installation) end here
      err.println("dateline: internal error: " + e);
      if (System.getenv("DATELINE_DEBUG") != null) {
        e.printStackTrace(err);
      }
      code = ExitCode.INTERNAL;
    }
    out.flush();
    err.flush();
    return code;
  }
}
