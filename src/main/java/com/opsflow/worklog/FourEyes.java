package com.opsflow.worklog;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The people a four-eyes rule keeps out ("someone other than the author"): the fact from a register
 * (who completed the authoring task, whom a complaint names) and the value the process recorded as well,
 * so a rule only ever gets stricter than either source alone (issue 9, docs/adr/0007).
 */
public final class FourEyes {

  private FourEyes() {
  }

  public static Set<String> people(Optional<String> fact, Object recorded) {
    Set<String> people = new LinkedHashSet<>();
    fact.filter(p -> !p.isBlank()).ifPresent(people::add);
    if (recorded != null && !recorded.toString().isBlank()) {
      people.add(recorded.toString());
    }
    return people;
  }

  /** The first of {@code people} who is the acting user or the task's assignee. */
  public static Optional<String> among(Set<String> people, String user, String assignee) {
    return people.stream().filter(p -> p.equals(user) || p.equals(assignee)).findFirst();
  }
}
