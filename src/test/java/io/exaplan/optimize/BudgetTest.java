package io.exaplan.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.exaplan.catalog.Catalog;
import io.exaplan.config.Cancelled;
import io.exaplan.design.Scenario;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The optimiser's work budget: deterministic in the input, and interruptible. */
class BudgetTest {
  private static final Catalog C = Catalog.builtIn();
  private static final Scenario S = Scenario.builtIn();

  private static Targets targets() {
    return new Targets(S.targetUsableBytes(), 0, 126.8e9, null, false);
  }

  @Test
  void search_builtInScenario_takesFarLessThanTheBudget_andTheSameStepsEveryTime() {
    Budget a = Budget.standard();
    Budget b = Budget.standard();
    Search first = Optimizer.search(SearchSpace.of(S, C), targets(), Goal.of(Objective.RACKS), a);
    Search again = Optimizer.search(SearchSpace.of(S, C), targets(), Goal.of(Objective.RACKS), b);
    assertThat(a.used()).isEqualTo(b.used()).isPositive().isLessThan(Budget.STEPS / 100);
    assertThat(again.best().sizing().racks()).isEqualTo(first.best().sizing().racks());
  }

  @Test
  void search_rackLimitJustAboveOneSwitch_exhaustsTheBudget_atTheSameStepEveryTime() {
    SearchSpace sp = SearchSpace.of(S, C).withRackPowerLimits(List.of(1_480.0));
    String[] messages = new String[2];
    long[] used = new long[2];
    for (int i = 0; i < 2; i++) {
      // the layout engine makes this search cheap; a budget of 1 step still stops it, at the
      // same step both times (the rack-count memo is cleared when a budget starts)
      Budget b = new Budget(1);
      int at = i;
      assertThatThrownBy(() -> Optimizer.search(sp, targets(), Goal.of(Objective.RACKS), b))
          .isInstanceOf(Budget.Exhausted.class)
          .satisfies(e -> messages[at] = e.getMessage());
      used[i] = b.used(); // the design that crossed the line charged all its rack counts
    }
    assertThat(used[0]).isEqualTo(used[1]).isGreaterThan(1);
    assertThat(messages[0]).isEqualTo(messages[1]).startsWith("needs more than 1 sizing "
        + "steps, its budget (it was at ").contains("1.48 kW racks");
  }

  @Test
  void search_interrupted_stopsWithCancelled() {
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> Optimizer.search(SearchSpace.of(S, C), targets(),
          Goal.of(Objective.RACKS), Budget.standard())).isInstanceOf(Cancelled.class);
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void progress_followsThePhasesAndGroups() {
    Budget b = Budget.standard();
    b.phase(1, 4, 1);
    assertThat(b.progress()).isEqualTo(0.25);
    b.group(1, 2);
    // (1 + 1/2) / 4
    assertThat(b.progress()).isEqualTo(0.375);
  }
}
