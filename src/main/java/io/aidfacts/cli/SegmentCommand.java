package io.aidfacts.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code aidfacts segment}: not built yet (placeholder so the command list is stable). */
@Command(name = "segment", mixinStandardHelpOptions = true, description = "Print the library's segmentation: each input line as words separated by single spaces.")
final class SegmentCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("aidfacts segment: not available in this build yet");
    return Main.USAGE;
  }
}
