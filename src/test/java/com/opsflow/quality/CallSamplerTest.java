package com.opsflow.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Random sampling of the calls to inspect: at least two when there are, distinct, within the candidates, fair. */
class CallSamplerTest {

  static final List<String> CALLS = List.of("INC-20320301-0001", "INC-20320301-0002", "INC-20320302-0001",
      "INC-20320303-0001", "INC-20320305-0001");

  @Test
  void shouldPickTheRequiredNumberOfDistinctCallsAmongTheCandidates() {
    List<String> picked = new CallSampler(new SplittableRandom(7)).pick(CALLS, 2);

    assertThat(picked).hasSize(2).doesNotHaveDuplicates().allMatch(CALLS::contains);
  }

  @Test
  void shouldPickTheSameCallsForTheSameSeedAndOtherCallsForOtherSeeds() {
    assertThat(new CallSampler(new SplittableRandom(42)).pick(CALLS, 2))
        .isEqualTo(new CallSampler(new SplittableRandom(42)).pick(CALLS, 2));
    assertThat(IntStream.range(0, 20).mapToObj(seed -> new CallSampler(new SplittableRandom(seed)).pick(CALLS, 2))
        .distinct().count()).as("different weeks, different samples").isGreaterThan(3);
  }

  @Test
  void shouldTakeEveryCallWhenThereAreFewerThanRequired() {
    assertThat(new CallSampler(new SplittableRandom(1)).pick(List.of("INC-20320301-0001"), 2))
        .containsExactly("INC-20320301-0001");
    assertThat(new CallSampler(new SplittableRandom(1)).pick(List.of(), 2)).isEmpty();
    assertThat(new CallSampler(new SplittableRandom(1)).pick(List.of("A-1", "A-1"), 2)).containsExactly("A-1");
  }

  @Test
  void shouldGiveEveryCallAFairChance() {
    CallSampler sampler = new CallSampler(new SplittableRandom(2032));
    Map<String, Integer> times = new HashMap<>();
    for (int i = 0; i < 5000; i++) {
      sampler.pick(CALLS, 2).forEach(c -> times.merge(c, 1, Integer::sum));
    }
    // each call is expected in 2/5 of the samples: 2000 of 5000
    assertThat(times).hasSize(CALLS.size());
    assertThat(times.values()).allMatch(n -> n > 1800 && n < 2200);
  }
}
