package io.aidfacts.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code aidfacts bench}: not built yet (placeholder so the command list is stable). */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmark the bulk pipeline on a generated archive.")
final class BenchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("aidfacts bench: not available in this build yet");
    return Main.USAGE;
  }
}
