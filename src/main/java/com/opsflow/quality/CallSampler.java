package com.opsflow.quality;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;
import org.springframework.stereotype.Component;

/** Picks the calls to inspect at random; tests give it a seeded generator. */
@Component
class CallSampler {

  private final RandomGenerator random;

  CallSampler() {
    this(new SecureRandom());
  }

  CallSampler(RandomGenerator random) {
    this.random = random;
  }

  /** Up to {@code count} distinct candidates in random order; all of them (shuffled) when there are fewer. */
  List<String> pick(List<String> candidates, int count) {
    List<String> shuffled = new ArrayList<>(candidates.stream().distinct().toList());
    // Fisher-Yates with the injected generator (Collections.shuffle needs a java.util.Random)
    for (int i = shuffled.size() - 1; i > 0; i--) {
      Collections.swap(shuffled, i, random.nextInt(i + 1));
    }
    return List.copyOf(shuffled.subList(0, Math.min(count, shuffled.size())));
  }
}
