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

  /**
   * Each problem is one line with the user's text in it escaped ({@link Echo#line}): a value
   * holding a newline or a terminal escape can neither split a problem nor act on the screen.
   */
  public InputException(List<String> problems) {
    this(problems.stream().map(Echo::line).toList(), true);
  }

  private InputException(List<String> escaped, boolean unused) {
    super(String.join(System.lineSeparator(), escaped), null, false, false);
    if (escaped.isEmpty()) {
      throw new IllegalArgumentException("an InputException needs at least one problem");
    }
    this.problems = escaped;
  }

  /** Each problem on its own, in the order found. */
  public List<String> problems() {
    return problems;
  }
}
