package io.exaplan.config;

import java.util.List;

/**
 * A user mistake in a file, a flag or a request body. The CLI maps it to exit code 2 and prints
 * only {@link #getMessage()}: one line per problem, each naming where and what was expected.
 */
public final class InputException extends RuntimeException {
  private final List<String> problems;

  public InputException(String problem) {
    this(List.of(problem));
  }

  public InputException(List<String> problems) {
    super(String.join(System.lineSeparator(), problems), null, false, false);
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an InputException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  /** Each problem on its own, in the order found. */
  public List<String> problems() {
    return problems;
  }
}
