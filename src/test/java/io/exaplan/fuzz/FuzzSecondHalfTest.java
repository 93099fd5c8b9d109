package io.exaplan.fuzz;

/**
 * The second shard of {@link FuzzTest}'s cases (the same test, cases from half way on): a class
 * of its own so that surefire's second fork runs it beside the first shard.
 */
class FuzzSecondHalfTest extends FuzzTest {
  @Override
  int shard() {
    return 1;
  }
}
